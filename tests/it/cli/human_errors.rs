//! Error messages speak to people: the folder that refuses a file is named (not a hidden temporary
//! file, no "os error 13"), and a window with no display to open on says what to do instead.

use crate::common;

use common::mounts::{RefusingFolder, skip};

#[test]
fn exporting_into_a_folder_that_refuses_files_names_the_folder() {
    let folder = match RefusingFolder::with_files(&[]) {
        Ok(folder) => folder,
        Err(reason) => {
            return skip(
                "exporting_into_a_folder_that_refuses_files_names_the_folder",
                &reason,
            );
        }
    };
    let out = folder.path().join("salary.png");
    let out_text = out.display().to_string();
    let run = common::bin::run(&[
        "export",
        "salary-by-experience",
        "--format",
        "png",
        "--out",
        &out_text,
    ]);
    run.assert_code(1, "export into a read-only folder");
    assert_eq!(
        run.stderr.trim_end(),
        format!(
            "medtech-guide: error: cannot write to {}: {}",
            folder.path().display(),
            folder.reason()
        )
    );
    assert!(!out.exists());
}

/// A folder that exists but takes no new files (`/proc` answers "not found" to each) is not
/// called missing (issue 22 item 6).
#[cfg(target_os = "linux")]
#[test]
fn exporting_into_a_system_folder_says_it_takes_no_files_not_that_it_is_missing() {
    let run = common::bin::run(&[
        "export",
        "salary-by-experience",
        "--format",
        "png",
        "--out",
        "/proc/salary.png",
    ]);
    run.assert_code(1, "export into /proc");
    assert_eq!(
        run.stderr.trim_end(),
        "medtech-guide: error: cannot write to /proc: the folder does not take new files"
    );
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn with_no_display_the_window_says_so_in_words() {
    let run = common::bin::run(&["--section", "salary"]);
    run.assert_code(1, "no display");
    assert_eq!(
        run.stderr.trim_end(),
        "medtech-guide: error: no display found: run it on a desktop, or use the commands (medtech-guide --help)"
    );
}
