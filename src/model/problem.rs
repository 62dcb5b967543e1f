//! Problems found while loading data: each names the file, line, column and what is wrong.

use std::fmt;

/// One problem in one data file, at a 1-based line and column (line 0: the file or folder as a
/// whole, e.g. one that does not exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user named it (`data/guide.ron`, or the path under `--data`).
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Problem {
    #[must_use]
    pub fn new(file: impl Into<String>, line: usize, column: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line,
            column,
            message: message.into(),
        }
    }

    /// A problem with a file or folder as a whole (it does not exist, it is not a folder): no
    /// line or column to point at.
    #[must_use]
    pub fn whole(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(file, 0, 0, message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
        }
    }
}

/// Every problem found in a data directory, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default, thiserror::Error)]
#[error("{}", self.lines())]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// One `FILE:LINE:COLUMN: message` line per problem.
    #[must_use]
    pub fn lines(&self) -> String {
        self.0
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

/// 1-based line and column of a byte offset in `text` (column counted in characters).
#[must_use]
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_from_one_in_characters() {
        let text = "ab\nçd\nef";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 5), (2, 2)); // 'ç' is two bytes, one column
        assert_eq!(line_column(text, 100), (3, 3));
    }

    #[test]
    fn display_is_file_line_column_message() {
        let p = Problem::new("data/guide.ron", 3, 7, "duplicate section id `faq`");
        assert_eq!(p.to_string(), "data/guide.ron:3:7: duplicate section id `faq`");
        let whole = Problem::whole("mydata", "there is no such folder");
        assert_eq!(whole.to_string(), "mydata: there is no such folder");
    }
}
