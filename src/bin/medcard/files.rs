//! Files in and out: `-` is standard input, a folder stands for its `.json` files, and output
//! goes to standard output or replaces a file in one step.

use crate::Fatal;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// How a file is named in messages: `<stdin>` for `-`.
pub(crate) fn display_name(file: &Path) -> String {
    if file.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        file.display().to_string()
    }
}

/// A folder stands for every `.json` file under it, in sorted order; anything else for itself.
pub(crate) fn expand(path: PathBuf, out: &mut Vec<PathBuf>) -> Result<(), Fatal> {
    if !path.is_dir() {
        out.push(path);
        return Ok(());
    }
    let unreadable =
        |error: std::io::Error| Fatal(format!("cannot read {}: {error}", path.display()));
    let mut entries = std::fs::read_dir(&path)
        .map_err(unreadable)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(unreadable)?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() || entry.extension().is_some_and(|ext| ext == "json") {
            expand(entry, out)?;
        }
    }
    Ok(())
}

/// A file's text (`-`: standard input).
pub(crate) fn read(file: &Path) -> Result<String, Fatal> {
    String::from_utf8(read_bytes(file)?).map_err(|_| {
        // The words `read_to_string` would give.
        let name = display_name(file);
        Fatal(format!(
            "cannot read {name}: stream did not contain valid UTF-8"
        ))
    })
}

/// A file's exact bytes (`-`: standard input).
pub(crate) fn read_bytes(file: &Path) -> Result<Vec<u8>, Fatal> {
    let mut bytes = Vec::new();
    let result = if file.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    result.map_err(|error| Fatal(format!("cannot read {}: {error}", display_name(file))))?;
    Ok(bytes)
}

/// Standard output, or a file replaced in one step (a temporary file beside it, renamed).
pub(crate) fn write_output(out: Option<&Path>, text: &str) -> Result<(), Fatal> {
    let Some(path) = out else {
        return std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|error| Fatal(format!("cannot write the output: {error}")));
    };
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".medcard-tmp");
    let temporary = PathBuf::from(temporary);
    let failed = |error: std::io::Error| Fatal(format!("cannot write {}: {error}", path.display()));
    std::fs::write(&temporary, text).map_err(failed)?;
    std::fs::rename(&temporary, path).map_err(|error| {
        let _ = std::fs::remove_file(&temporary);
        failed(error)
    })
}
