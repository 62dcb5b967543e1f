//! Every file of this test binary is compiled: a `.rs` file under `tests/it/` that no `mod`
//! names is never built, and its tests never run (one did not, for a while).

use std::path::Path;

/// The modules `file` declares: `mod name;` lines (`pub(crate) mod` too).
fn declared(file: &Path) -> Vec<String> {
    crate::common::files::read_to_string(file)
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line.strip_prefix("pub(crate) ").unwrap_or(line);
            rest.strip_prefix("mod ")?.strip_suffix(';').map(str::to_owned)
        })
        .collect()
}

/// The `.rs` files under `dir` that the module file `parent` does not declare, recursively.
fn undeclared(dir: &Path, parent: &Path, out: &mut Vec<String>) {
    let names = declared(parent);
    for path in crate::common::files::entries(dir) {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.is_dir() {
            if names.iter().any(|n| n == stem) {
                undeclared(&path, &path.join("mod.rs"), out);
            } else {
                out.push(path.display().to_string());
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            && !matches!(stem, "mod" | "main")
            && !names.iter().any(|n| n == stem)
        {
            out.push(path.display().to_string());
        }
    }
}

#[test]
fn every_test_file_is_a_module_of_the_binary() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it");
    let mut missing = Vec::new();
    undeclared(&root, &root.join("main.rs"), &mut missing);
    assert!(
        missing.is_empty(),
        "never compiled (no `mod` names them): {missing:?}"
    );
}
