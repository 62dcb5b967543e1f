//! A whole data directory from fuzzer input: the bytes are split at the first three NUL bytes into
//! the four files (any bytes, UTF-8 or not), written to a temporary directory, then loaded the
//! way `--data DIR` loads them.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use medtech_guide::model::load::{DATA_FILES, load_dir};

fn dir() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap_or_else(|e| panic!("no temporary directory: {e}")))
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(DATA_FILES.len(), |b| *b == 0);
    let dir = dir().path();
    for name in DATA_FILES {
        let path = dir.join(name);
        match parts.next() {
            Some(bytes) => {
                if std::fs::write(&path, bytes).is_err() {
                    return;
                }
            }
            // Fewer than four parts: the missing files are absent.
            None => {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
    if let Err(problems) = load_dir(dir) {
        assert!(!problems.0.is_empty(), "an error with no problem in it");
    }
});
