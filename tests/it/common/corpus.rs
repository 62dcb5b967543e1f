//! The corpus of broken data directories (`tests/corpus/`): where each expected problem must
//! point, and `check`, `sections` and `export` all refusing a directory with the same lines.

use std::path::Path;

use super::bin::{check_output, run};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The corpus directory `name`, relative to the crate (as the binary is run from there).
#[must_use]
pub fn corpus_dir(name: &str) -> String {
    format!("tests/corpus/{name}")
}

/// One expected problem in a corpus directory, and what its position must point at.
pub struct Expected {
    pub file: &'static str,
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
    /// The text of the line just before `column` ends with this...
    pub before: &'static str,
    /// ...and the text from `column` on starts with this.
    pub after: &'static str,
}

impl Expected {
    pub fn line_in(&self, dir: &str) -> String {
        format!(
            "{dir}/{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }

    /// Fails unless `line:column` of the corpus file is where the test says the defect is.
    fn assert_points_at_defect(&self, dir: &str) {
        let path = Path::new(ROOT).join(dir).join(self.file);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        // Lossy, so the non-UTF-8 file can be looked at too (its bad byte becomes one character).
        let text = String::from_utf8_lossy(&bytes);
        let line = text
            .split('\n')
            .nth(self.line - 1)
            .unwrap_or_else(|| panic!("{dir}/{}: there is no line {}", self.file, self.line));
        let chars: Vec<char> = line.chars().collect();
        assert!(
            self.column >= 1 && self.column <= chars.len() + 1,
            "{dir}/{}:{}: there is no column {} in {line:?}",
            self.file,
            self.line,
            self.column
        );
        let before: String = chars.get(..self.column - 1).unwrap_or_default().iter().collect();
        let after: String = chars.get(self.column - 1..).unwrap_or_default().iter().collect();
        assert!(
            before.ends_with(self.before) && after.starts_with(self.after),
            "{dir}/{}:{}:{} should point between {:?} and {:?}, but the line there is {before:?} | {after:?}; \
             was the corpus regenerated? Update the expectation.",
            self.file,
            self.line,
            self.column,
            self.before,
            self.after
        );
    }
}

/// Runs `check --data tests/corpus/NAME` and asserts exactly `expected`, exit 1 and no panic;
/// then asserts that `sections` and `export` refuse the same directory with the same problems.
pub fn assert_corpus(name: &str, expected: &[Expected]) {
    let dir = corpus_dir(name);
    for problem in expected {
        problem.assert_points_at_defect(&dir);
    }
    let lines: Vec<String> = expected.iter().map(|p| p.line_in(&dir)).collect();

    let check = run(&["check", "--data", &dir]);
    check.assert_code(1, &format!("check --data {dir}"));
    assert_eq!(
        check.stdout_text(),
        check_output(&lines),
        "check --data {dir}: stdout"
    );

    for args in [
        vec!["sections", "--data", &dir],
        vec!["export", "guide", "--format", "md", "--out", "-", "--data", &dir],
    ] {
        let what = args.join(" ");
        let other = run(&args);
        other.assert_code(1, &what);
        assert_eq!(
            other.stdout_text(),
            "",
            "{what}: nothing may be printed from data that failed to load"
        );
        for line in &lines {
            assert!(
                other.stderr.contains(line.as_str()),
                "{what}: stderr lacks {line:?}:\n{}",
                other.stderr
            );
        }
    }
}
