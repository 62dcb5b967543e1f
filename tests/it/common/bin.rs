//! The `medtech-guide` binary, run to completion with a timeout.

use std::{
    ffi::OsStr,
    io::Read,
    process::{Command, Stdio},
    thread,
    time::{Duration, Instant},
};

const BIN: &str = env!("CARGO_BIN_EXE_medtech-guide");

/// No run should take long; a hung one (e.g. a window opened by mistake) is killed.
const TIMEOUT: Duration = Duration::from_mins(1);

/// What one run of the binary did.
pub struct Run {
    /// The exit code; `None` when the process was killed by a signal.
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Run {
    /// Fails unless the process exited normally with `code` and did not panic.
    pub fn assert_code(&self, code: i32, what: &str) {
        assert!(
            !self.stderr.contains("panicked"),
            "{what}: the program panicked\nstderr:\n{}",
            self.stderr
        );
        assert_eq!(
            self.code,
            Some(code),
            "{what}: exit code\nstdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&self.stdout),
            self.stderr
        );
    }

    /// Standard output as text; fails unless it is UTF-8.
    #[must_use]
    pub fn stdout_text(&self) -> String {
        String::from_utf8(self.stdout.clone()).unwrap_or_else(|e| panic!("stdout is not UTF-8: {e}"))
    }
}

/// The binary with `args`, in the crate's directory, with no input and no backtraces.
pub fn command<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null());
    command
}

/// Runs the binary with `args` and no display, so it can never open a window.
#[must_use]
pub fn run(args: &[&str]) -> Run {
    let mut command = command(args);
    command.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    run_command(command)
}

/// Runs `command` to the end, capturing its output; fails the test if it takes over a minute.
#[must_use]
pub fn run_command(mut command: Command) -> Run {
    let args: Vec<_> = command.get_args().map(OsStr::to_string_lossy).collect();
    let what = format!("`medtech-guide {}`", args.join(" "));
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{what} did not finish within {TIMEOUT:?}");
            }
            Ok(None) => thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("waiting for {what}: {e}"),
        }
    };
    Run {
        code: status.code(),
        stdout: stdout.join().unwrap_or_default(),
        stderr: String::from_utf8_lossy(&stderr.join().unwrap_or_default()).into_owned(),
    }
}

/// Reads `pipe` to its end on another thread, so a full pipe cannot stall the child.
fn drain(pipe: Option<impl Read + Send + 'static>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

/// The whole of `check`'s output for these problems: one line each, then the count.
#[must_use]
pub fn check_output(problem_lines: &[String]) -> String {
    let n = problem_lines.len();
    format!(
        "{}\n{n} problem{} found\n",
        problem_lines.join("\n"),
        if n == 1 { "" } else { "s" }
    )
}
