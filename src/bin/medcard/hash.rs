//! `hash`: the Subresource Integrity value (`sha384-…`, base64) of a file's exact bytes.

use crate::{files, Fatal};
use std::path::PathBuf;
use std::process::ExitCode;

pub(crate) fn run(mut parser: lexopt::Parser) -> Result<ExitCode, Fatal> {
    use base64::Engine;
    use lexopt::prelude::*;
    use sha2::Digest;
    let (mut algorithm, mut file) = (String::from("sha384"), None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("algorithm") | Short('a') => algorithm = parser.value()?.string()?,
            Value(path) if file.is_none() => file = Some(PathBuf::from(path)),
            _ => return Err(arg.unexpected().into()),
        }
    }
    let file = file.ok_or_else(|| Fatal("hash needs a FILE (or - for standard input)".into()))?;
    let bytes = files::read_bytes(&file)?;
    let digest = match algorithm.as_str() {
        "sha256" => sha2::Sha256::digest(&bytes).to_vec(),
        "sha384" => sha2::Sha384::digest(&bytes).to_vec(),
        "sha512" => sha2::Sha512::digest(&bytes).to_vec(),
        other => {
            return Err(Fatal(format!(
                "--algorithm `{other}`: use sha256, sha384 or sha512"
            )))
        }
    };
    let value = base64::engine::general_purpose::STANDARD.encode(digest);
    println!("{algorithm}-{value}");
    Ok(ExitCode::SUCCESS)
}
