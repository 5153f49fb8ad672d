//! Embeds an rpath to the project-local libtorch so that the binaries and test binaries run with
//! no LD_LIBRARY_PATH, and tells the `contra` launcher where that is. LIBTORCH comes from
//! .cargo/config.toml (relative to the workspace root).
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    println!("cargo:rerun-if-changed=build.rs");
    let Some(dir) = std::env::var_os("LIBTORCH") else {
        println!("cargo:warning=LIBTORCH is not set; run scripts/setup.sh first");
        println!("cargo:rustc-env=CONTRA_LIBTORCH_LIB=");
        return;
    };
    let lib = PathBuf::from(dir).join("lib");
    if !lib.join("libtorch_cpu.so").is_file() {
        eprintln!(
            "error: libtorch is missing from {}: run scripts/setup.sh first",
            lib.display()
        );
        std::process::exit(1);
    }
    let lib = lib.canonicalize().unwrap_or(lib);
    println!("cargo:rustc-link-arg=-Wl,-rpath,{}", lib.display());
    println!("cargo:rustc-env=CONTRA_LIBTORCH_LIB={}", lib.display());
}
