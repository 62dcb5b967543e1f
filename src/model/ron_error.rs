//! A RON parse error as a person reads it: at the right place (a missing comma after the token
//! before it, a negative number at its sign), in words that name the value and what is wrong.

use super::{
    load::DataFile,
    problem::{Problem, line_column},
};

/// Turns RON's error into a problem at the place a person would fix, with a clearer message
/// where RON's is terse.
pub(super) fn ron_problem(file: &DataFile, error: &ron::error::SpannedError) -> Problem {
    let text = file.text.as_str();
    let start = offset_of(text, error.span.start.line, error.span.start.col);
    let (offset, message) = match &error.code {
        // RON reports a missing comma at the next token; the comma belongs after the previous one.
        ron::Error::ExpectedComma => (end_of_previous_token(text, start), error.code.to_string()),
        ron::Error::IntegerOutOfBounds => {
            let at = skip_blank(text, start);
            let at = if at > 0 && matches!(text.as_bytes().get(at - 1), Some(b'-' | b'+')) {
                at - 1
            } else {
                at
            };
            let literal = token_at(text, at);
            let message = match (literal.starts_with('-'), field_before(text, at)) {
                (true, Some(field)) if field.contains("usd") => {
                    format!("`{literal}` is negative: a salary must be greater than zero")
                }
                (true, _) => format!("`{literal}` is negative: it must be a whole number, 0 or more"),
                (false, _) => format!(
                    "`{literal}` is out of range: expected a whole number from 0 to {}",
                    u32::MAX
                ),
            };
            (at, message)
        }
        _ => (skip_blank(text, start), error.code.to_string()),
    };
    let (line, column) = line_column(text, offset);
    Problem::new(&file.display_name, line, column, message)
}

/// The name of the field whose value starts at `offset` (`name: value`), if it is on that line.
fn field_before(text: &str, offset: usize) -> Option<&str> {
    let line_start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let before = text.get(line_start..offset)?.trim_end().strip_suffix(':')?;
    let name = before.trim_end();
    let start = name
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    name.get(start..).filter(|n| !n.is_empty())
}

/// Byte offset of a 1-based line and character column.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let rest = text.get(line_start..).unwrap_or_default();
    line_start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// The first offset at or after `offset` that is not white space or inside a `//` comment.
fn skip_blank(text: &str, mut offset: usize) -> usize {
    loop {
        let rest = text.get(offset..).unwrap_or_default();
        let trimmed = rest.trim_start();
        offset += rest.len() - trimmed.len();
        if trimmed.starts_with("//") {
            offset += trimmed.find('\n').unwrap_or(trimmed.len());
        } else {
            return offset;
        }
    }
}

/// The offset just after the last token before `offset`, skipping white space and line comments.
fn end_of_previous_token(text: &str, offset: usize) -> usize {
    let mut end = offset.min(text.len());
    loop {
        let before = text.get(..end).unwrap_or_default();
        let trimmed = before.trim_end();
        end = trimmed.len();
        // A line comment ends the line it is on: step back to its start.
        let line_start = trimmed.rfind('\n').map_or(0, |i| i + 1);
        match trimmed.get(line_start..).and_then(find_line_comment) {
            Some(comment) => end = line_start + comment,
            None => return end,
        }
    }
}

/// Where a `//` comment starts on a line, ignoring `//` inside strings.
fn find_line_comment(line: &str) -> Option<usize> {
    let mut in_string = false;
    let mut escaped = false;
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            _ if escaped => escaped = false,
            b'\\' if in_string => escaped = true,
            b'"' => in_string = !in_string,
            b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The token starting at `offset`, up to the next delimiter (for messages).
fn token_at(text: &str, offset: usize) -> &str {
    let rest = text.get(offset..).unwrap_or_default();
    let end = rest
        .find(|c: char| c == ',' || c == ')' || c == ']' || c.is_whitespace())
        .unwrap_or(rest.len())
        .min(40);
    rest.get(..end).unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> DataFile {
        DataFile {
            display_name: "t.ron".to_owned(),
            text: text.to_owned(),
        }
    }

    #[test]
    fn offsets_round_trip_through_line_and_column() {
        let text = "ab\nçd\nef";
        for offset in [0, 1, 3, 5, 7] {
            let (line, column) = line_column(text, offset);
            assert_eq!(offset_of(text, line, column), offset);
        }
    }

    #[test]
    fn previous_token_end_skips_blank_lines_and_comments() {
        let text = "a: \"x\" // note\n\n  b";
        let at_b = text.find('b').unwrap_or_default();
        assert_eq!(
            end_of_previous_token(text, at_b),
            text.find(" //").unwrap_or_default()
        );
        assert_eq!(find_line_comment(r#"x: "http://a" // c"#), Some(14));
    }

    fn parse_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> Problem {
        let file = file(text);
        let error = ron::from_str::<T>(text).expect_err("an error");
        ron_problem(&file, &error)
    }

    #[test]
    fn negative_number_is_reported_at_its_sign() {
        let error = parse_error::<Vec<u32>>("[1,\n -5]");
        assert_eq!((error.line, error.column), (2, 2));
        assert_eq!(
            error.message,
            "`-5` is negative: it must be a whole number, 0 or more"
        );
    }

    #[test]
    fn a_negative_salary_says_it_must_be_greater_than_zero() {
        #[derive(Debug, serde::Deserialize)]
        #[expect(dead_code, reason = "only parsed")]
        struct Level {
            us_median_usd: u32,
        }
        let error = parse_error::<Level>("(\n  us_median_usd: -36000,\n)");
        assert_eq!((error.line, error.column), (2, 18));
        assert_eq!(
            error.message,
            "`-36000` is negative: a salary must be greater than zero"
        );
        let error = parse_error::<Level>("(us_median_usd: 99999999999)");
        assert_eq!(
            error.message,
            "`99999999999` is out of range: expected a whole number from 0 to 4294967295"
        );
    }
}
