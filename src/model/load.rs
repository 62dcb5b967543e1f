//! Reading and parsing the data files: bundled in the binary, or from a directory given by `--data`.

use std::{io::Read as _, path::Path};

use serde::de::DeserializeOwned;

use super::{
    Guide,
    problem::{Problem, Problems, describe_io_error, line_column},
    validate,
};

/// Data files larger than this are refused unread: a guide is a few dozen KiB.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// The three data files, by name inside a data directory.
pub const GUIDE_FILE: &str = "guide.ron";
pub const SALARY_FILE: &str = "salary_by_experience.ron";
pub const GLOBAL_FILE: &str = "global_salaries.ron";

/// One data file's text and the name used in messages.
#[derive(Debug, Clone)]
pub struct DataFile {
    /// Shown in problems, e.g. `data/guide.ron` or `/tmp/mine/guide.ron`.
    pub display_name: String,
    pub text: String,
}

/// The bundled files, as `(display name, text)`.
#[must_use]
pub fn bundled_files() -> [DataFile; 3] {
    [
        DataFile {
            display_name: format!("data/{GUIDE_FILE}"),
            text: include_str!("../../data/guide.ron").to_owned(),
        },
        DataFile {
            display_name: format!("data/{SALARY_FILE}"),
            text: include_str!("../../data/salary_by_experience.ron").to_owned(),
        },
        DataFile {
            display_name: format!("data/{GLOBAL_FILE}"),
            text: include_str!("../../data/global_salaries.ron").to_owned(),
        },
    ]
}

/// Loads and validates the data embedded in the binary.
pub fn load_bundled() -> Result<Guide, Problems> {
    let [guide, salary, global] = bundled_files();
    parse_and_validate(&guide, &salary, &global)
}

/// Loads and validates the three files of `dir`, reporting every problem found.
///
/// A `dir` that is not a folder (a FIFO, a device, a symbolic link that loops) is refused with
/// one problem naming it; so is a data file that is not a regular file, before it is opened
/// (opening a FIFO would wait for a writer forever).
pub fn load_dir(dir: &Path) -> Result<Guide, Problems> {
    if let Err(problem) = check_kind(dir, Kind::Folder) {
        return Err(Problems(vec![problem]));
    }
    let mut problems = Vec::new();
    let mut read = |name: &str| match read_file(&dir.join(name)) {
        Ok(file) => Some(file),
        Err(problem) => {
            problems.push(problem);
            None
        }
    };
    let files = (read(GUIDE_FILE), read(SALARY_FILE), read(GLOBAL_FILE));
    let (Some(guide), Some(salary), Some(global)) = files else {
        return Err(Problems(problems));
    };
    parse_and_validate(&guide, &salary, &global)
}

/// Loads `dir` if given, else the bundled data.
pub fn load(dir: Option<&Path>) -> Result<Guide, Problems> {
    match dir {
        Some(dir) => load_dir(dir),
        None => load_bundled(),
    }
}

/// What a path given as data must be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Folder,
    File,
}

/// Refuses a path that is not the kind expected: it names what the path is instead.
fn check_kind(path: &Path, kind: Kind) -> Result<(), Problem> {
    let fail = |message: String| Problem::whole(path.display().to_string(), message);
    let expected = match kind {
        Kind::Folder => "a folder of data files",
        Kind::File => "a data file",
    };
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        // A link that cannot be followed: it loops, or points nowhere.
        Err(_) if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) => {
            return Err(fail(format!(
                "this is a symbolic link that cannot be followed (it loops back on itself or points nowhere), not {expected}"
            )));
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let what = match kind {
                Kind::Folder => "folder",
                Kind::File => "file",
            };
            return Err(fail(format!("there is no such {what}")));
        }
        Err(e) => return Err(fail(format!("cannot open it: {}", describe_io_error(&e)))),
    };
    let file_type = metadata.file_type();
    let what = if file_type.is_dir() {
        "a folder"
    } else if file_type.is_file() {
        "a file"
    } else {
        special_kind(file_type)
    };
    let fits = match kind {
        Kind::Folder => file_type.is_dir(),
        Kind::File => file_type.is_file(),
    };
    if fits {
        Ok(())
    } else {
        Err(fail(format!("this is {what}, not {expected}")))
    }
}

/// Names a file that is neither a regular file nor a folder.
fn special_kind(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    let _ = file_type;
    "a special file"
}

/// Reads one file: refuses anything but a regular file, files over [`MAX_FILE_BYTES`] and text
/// that is not UTF-8.
pub fn read_file(path: &Path) -> Result<DataFile, Problem> {
    let display_name = path.display().to_string();
    let fail = |line, column, message: String| Problem::new(display_name.clone(), line, column, message);
    check_kind(path, Kind::File)?;
    let file = std::fs::File::open(path).map_err(|e| {
        Problem::whole(
            &display_name,
            format!("cannot open the file: {}", describe_io_error(&e)),
        )
    })?;
    let mut bytes = Vec::new();
    // Read at most one byte past the limit, so a huge file is never read whole.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            Problem::whole(
                &display_name,
                format!("cannot read the file: {}", describe_io_error(&e)),
            )
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Problem::whole(
            &display_name,
            format!(
                "the file is larger than {} MiB, the limit for a data file; is it the right file?",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(DataFile { display_name, text }),
        Err(e) => {
            let bytes = e.as_bytes();
            let valid_up_to = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(bytes.get(..valid_up_to).unwrap_or_default());
            let (line, column) = line_column(&valid, valid.len());
            let byte = bytes.get(valid_up_to).copied().unwrap_or_default();
            Err(fail(
                line,
                column,
                format!("the file is not valid UTF-8 text (byte 0x{byte:02X}); save it as UTF-8"),
            ))
        }
    }
}

/// Parses one file's text as `T`, turning RON's error into a [`Problem`] at RON's own position.
pub fn parse<T: DeserializeOwned>(file: &DataFile, root: &str) -> Result<T, Problem> {
    if is_blank(&file.text) {
        return Err(Problem::new(
            &file.display_name,
            1,
            1,
            format!("the file is empty; expected `{root}(…)`"),
        ));
    }
    ron::from_str::<T>(&file.text).map_err(|e| ron_problem(file, &e))
}

/// Turns RON's error into a problem at the place a person would fix, with a clearer message
/// where RON's is terse.
fn ron_problem(file: &DataFile, error: &ron::error::SpannedError) -> Problem {
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
            (
                at,
                format!(
                    "`{literal}` is out of range: expected a whole number from 0 to {}",
                    u32::MAX
                ),
            )
        }
        _ => (skip_blank(text, start), error.code.to_string()),
    };
    let (line, column) = line_column(text, offset);
    Problem::new(&file.display_name, line, column, message)
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

/// True when the text holds nothing but white space and comments.
fn is_blank(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with("//")
    })
}

/// Parses the three files, then validates them together; all problems at once.
pub fn parse_and_validate(guide: &DataFile, salary: &DataFile, global: &DataFile) -> Result<Guide, Problems> {
    let parsed = (
        parse(guide, "GuideText"),
        parse(salary, "SalaryByExperience"),
        parse(global, "GlobalSalaries"),
    );
    let (Ok(text), Ok(salary_data), Ok(global_data)) = parsed else {
        let (a, b, c) = parsed;
        return Err(Problems(
            [a.err(), b.err(), c.err()].into_iter().flatten().collect(),
        ));
    };
    let guide_data = Guide {
        text,
        salary: salary_data,
        global: global_data,
    };
    let problems = validate::validate(&guide_data, guide, salary, global);
    if problems.is_empty() {
        Ok(guide_data)
    } else {
        Err(problems)
    }
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

    #[test]
    fn negative_number_is_reported_at_its_sign() {
        let error = parse::<Vec<u32>>(&file("[1,\n -5]"), "Vec").expect_err("negative");
        assert_eq!((error.line, error.column), (2, 2));
        assert_eq!(
            error.message,
            "`-5` is out of range: expected a whole number from 0 to 4294967295"
        );
    }
}
