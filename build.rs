//! Minifies src/style.css into OUT_DIR at build time: the stylesheet ships inside the wasm, and
//! its comments and indentation need not (measured: docs/performance.md, "Notes from the code").

#[path = "build/minify_css.rs"]
mod minify_css;

fn main() {
    println!("cargo::rerun-if-changed=src/style.css");
    println!("cargo::rerun-if-changed=build/minify_css.rs");
    let css =
        std::fs::read_to_string("src/style.css").expect("build.rs: cannot read src/style.css");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("build.rs: OUT_DIR not set"))
        .join("style.min.css");
    std::fs::write(out, minify_css::minify_css(&css))
        .expect("build.rs: cannot write style.min.css");
}
