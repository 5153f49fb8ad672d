//! Embeds an rpath to the project-local libtorch so that the binary and test binaries run with no
//! LD_LIBRARY_PATH. LIBTORCH comes from .cargo/config.toml (relative to the workspace root).
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    let Some(dir) = std::env::var_os("LIBTORCH") else {
        println!("cargo:warning=LIBTORCH is not set; run scripts/setup.sh first");
        return;
    };
    let lib = PathBuf::from(dir).join("lib");
    if !lib.join("libtorch_cpu.so").is_file() {
        panic!(
            "libtorch is missing from {}: run scripts/setup.sh first",
            lib.display()
        );
    }
    let lib = lib.canonicalize().unwrap_or(lib);
    println!("cargo:rustc-link-arg=-Wl,-rpath,{}", lib.display());
}
