//! Reading and parsing the data files: bundled in the binary, or from a directory given by `--data`.

use std::{io::Read as _, path::Path};

use serde::de::DeserializeOwned;

use crate::fs::describe_io_error;

use super::{
    Guide,
    problem::{Problem, Problems, line_column},
    ron_error::ron_problem,
    validate::{self, Files, Parsed},
};

/// Data files larger than this are refused unread: a guide is a few dozen KiB.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// The four data files, by name inside a data directory.
pub const GUIDE_FILE: &str = "guide.ron";
pub const SALARY_FILE: &str = "salary_by_experience.ron";
pub const GLOBAL_FILE: &str = "global_salaries.ron";
pub const READINESS_FILE: &str = "readiness.ron";
/// The four, in the order they are read.
pub const DATA_FILES: [&str; 4] = [GUIDE_FILE, SALARY_FILE, GLOBAL_FILE, READINESS_FILE];

/// The bundled files' names and text, byte for byte as in `data/` (comments included).
pub const BUNDLED: [(&str, &str); 4] = [
    (GUIDE_FILE, include_str!("../../data/guide.ron")),
    (SALARY_FILE, include_str!("../../data/salary_by_experience.ron")),
    (GLOBAL_FILE, include_str!("../../data/global_salaries.ron")),
    (READINESS_FILE, include_str!("../../data/readiness.ron")),
];

/// One data file's text and the name used in messages.
#[derive(Debug, Clone)]
pub struct DataFile {
    /// Shown in problems, e.g. `data/guide.ron` or `/tmp/mine/guide.ron`.
    pub display_name: String,
    pub text: String,
}

/// The bundled files, as `(display name, text)`.
#[must_use]
pub fn bundled_files() -> [DataFile; 4] {
    BUNDLED.map(|(name, text)| DataFile {
        display_name: format!("data/{name}"),
        text: text.to_owned(),
    })
}

/// Loads and validates the data embedded in the binary.
pub fn load_bundled() -> Result<Guide, Problems> {
    let [guide, salary, global, readiness] = bundled_files();
    parse_and_validate(Files {
        guide: &guide,
        salary: &salary,
        global: &global,
        readiness: &readiness,
    })
}

/// Loads and validates the four files of `dir`, reporting every problem found.
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
    let files = DATA_FILES.map(&mut read);
    let [Some(guide), Some(salary), Some(global), Some(readiness)] = files else {
        return Err(Problems(problems));
    };
    let mut loaded = parse_and_validate(Files {
        guide: &guide,
        salary: &salary,
        global: &global,
        readiness: &readiness,
    })?;
    loaded.origin = super::DataOrigin::folder(dir, &DATA_FILES);
    Ok(loaded)
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

/// True when the text holds nothing but white space and comments.
fn is_blank(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with("//")
    })
}

/// Parses the four files, then validates them together; all problems at once.
pub fn parse_and_validate(files: Files<'_>) -> Result<Guide, Problems> {
    let parsed = (
        parse(files.guide, "GuideText"),
        parse(files.salary, "SalaryByExperience"),
        parse(files.global, "GlobalSalaries"),
        parse(files.readiness, "Readiness"),
    );
    let (Ok(text), Ok(salary), Ok(global), Ok(readiness)) = parsed else {
        // A file that does not parse cannot be validated; the others can, so every file's
        // problems are reported in one run, file by file.
        let (text, salary, global, readiness) = parsed;
        let checked = validate::validate_parsed(&Parsed {
            guide: text.as_ref().ok().map(|t| (t, files.guide)),
            salary: salary.as_ref().ok().map(|d| (d, files.salary)),
            global: global.as_ref().ok().map(|d| (d, files.global)),
            readiness: readiness.as_ref().ok().map(|d| (d, files.readiness)),
        });
        let parse_errors = [text.err(), salary.err(), global.err(), readiness.err()];
        return Err(Problems(
            parse_errors
                .into_iter()
                .zip(checked)
                .flat_map(|(error, problems)| error.into_iter().chain(problems))
                .collect(),
        ));
    };
    let guide = Guide {
        text,
        salary,
        global,
        readiness,
        origin: super::DataOrigin::Bundled,
    };
    let problems = validate::validate(&guide, files);
    if problems.is_empty() {
        Ok(guide)
    } else {
        Err(problems)
    }
}
