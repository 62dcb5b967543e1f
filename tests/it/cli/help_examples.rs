//! What `export --help` and `where --help` promise: the plan, its path chart and `--answers` are
//! named, and every example they end with runs as written (exit 0), in a folder holding an
//! answers file by the examples' name.

use std::path::Path;

use crate::common::{
    bin::{command, run, run_command},
    files::temp_dir,
};

/// The command lines under `Examples:` in `help`, each split into its arguments after the
/// program's name.
fn examples(help: &str) -> Vec<Vec<String>> {
    help.lines()
        .skip_while(|line| *line != "Examples:")
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        .filter_map(|line| line.trim().strip_prefix("medtech-guide "))
        .map(|line| line.split_whitespace().map(str::to_owned).collect())
        .collect()
}

/// Runs each example in `dir`; fails naming the first one that does not succeed.
fn run_examples(help: &str, dir: &Path) -> usize {
    let examples = examples(help);
    for args in &examples {
        let mut example = command(args);
        example
            .current_dir(dir)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY");
        run_command(example).assert_code(0, &format!("the example `medtech-guide {}`", args.join(" ")));
    }
    examples.len()
}

#[test]
fn export_help_names_the_plan_and_its_examples_run() {
    let help = run(&["export", "--help"]);
    help.assert_code(0, "export --help");
    let help = help.stdout_text();
    for named in [
        "- plan:",
        "- path:",
        "--answers <FILE>",
        "`plan` and `path` only",
        "md:   Markdown (guide, plan)",
        "export plan --answers my-answers.ron --format pdf",
        "export path --answers my-answers.ron",
    ] {
        assert!(
            help.contains(named),
            "export --help does not say {named:?}:\n{help}"
        );
    }
    let dir = temp_dir();
    let answers = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/answers-phlebotomist.ron");
    std::fs::copy(&answers, dir.path().join("my-answers.ron"))
        .unwrap_or_else(|e| panic!("cannot copy {}: {e}", answers.display()));
    assert_eq!(
        run_examples(&help, dir.path()),
        8,
        "one example per kind of export, two for the plan"
    );
    for written in [
        "guide.pdf",
        "handout.png",
        "salary.png",
        "plan.pdf",
        "path.svg",
        "my-data/guide.ron",
    ] {
        assert!(
            dir.path().join(written).is_file(),
            "the examples wrote no {written}"
        );
    }

    // `where`'s last example reads the data folder `export data --out my-data` wrote.
    let help = run(&["where", "--help"]);
    help.assert_code(0, "where --help");
    let help = help.stdout_text();
    assert!(help.contains("--pay <USD>"), "{help}");
    assert_eq!(run_examples(&help, dir.path()), 3);
}
