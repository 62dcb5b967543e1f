//! `export data --out DIR`: the bundled data files byte for byte and a README.txt, which `check
//! --data` then passes; an existing copy is replaced only with `--force`.

use std::path::Path;

use crate::common::{bin, data::DATA_FILES, files};

#[test]
fn the_copy_is_the_bundled_data_byte_for_byte_and_checks_clean() {
    let dir = files::temp_dir();
    let copy = dir.path().join("guide data");
    let out = copy.display().to_string();
    bin::run(&["export", "data", "--out", &out]).assert_code(0, "export data");
    for file in DATA_FILES {
        let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(file);
        let read = |p: &Path| std::fs::read(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
        assert!(
            read(&copy.join(file)) == read(&bundled),
            "{file} differs from data/{file}"
        );
    }
    let mut names: Vec<String> = files::entries(&copy)
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "README.txt",
            "global_salaries.ron",
            "guide.ron",
            "readiness.ron",
            "salary_by_experience.ron"
        ],
        "no other file (no temporary file) is left"
    );
    let readme = files::read_to_string(&copy.join("README.txt"));
    assert!(readme.contains("File > Open data folder"), "{readme}");
    let check = bin::run(&["check", "--data", &out]);
    check.assert_code(0, "check --data on the copy");
    assert_eq!(
        check.stdout_text(),
        format!(
            "ok: {out}: 13 sections, 5 levels, 8 regions; 20 skills, 3 certifications, 6 steps, 2 routes\n"
        )
    );
}

#[test]
fn an_existing_copy_is_replaced_only_with_force() {
    let dir = files::temp_dir();
    let out = dir.path().display().to_string();
    let guide = dir.path().join("guide.ron");
    std::fs::write(&guide, "my edits").unwrap_or_else(|e| panic!("{e}"));
    let refused = bin::run(&["export", "data", "--out", &out]);
    refused.assert_code(1, "export data over a copy");
    assert!(
        refused
            .stderr
            .contains("already holds guide.ron; nothing was replaced")
            && refused.stderr.contains("--force"),
        "{}",
        refused.stderr
    );
    assert_eq!(files::read_to_string(&guide), "my edits");
    assert_eq!(files::entries(dir.path()).len(), 1, "nothing else was written");
    bin::run(&["export", "data", "--out", &out, "--force"]).assert_code(0, "export data --force");
    assert!(files::read_to_string(&guide).starts_with("// The guide's text"));
}

#[test]
fn data_takes_no_format_and_the_other_exports_need_one() {
    let run = bin::run(&["export", "data", "--out", "x", "--format", "md"]);
    run.assert_code(2, "export data --format md");
    assert!(run.stderr.contains("`data` takes no --format"), "{}", run.stderr);
    let run = bin::run(&["export", "guide", "--out", "x.md"]);
    run.assert_code(2, "export guide without --format");
    assert!(run.stderr.contains("`guide` needs --format"), "{}", run.stderr);
    let run = bin::run(&["export", "guide", "--format", "md", "--out", "-", "--force"]);
    run.assert_code(2, "--force on a file export");
}
