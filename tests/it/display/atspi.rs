//! End to end through AT-SPI, as a Linux screen reader meets the app: the real window on a display
//! (Xvfb in CI), a private session bus with the AT-SPI bus and registry behind it, accessibility
//! turned on, and `tests/atspi/walk.py` (pyatspi, on Debian's python3) walking what AccessKit put
//! there. Ignored by a plain `cargo test`; `.ci/run` installs all that and runs it with `--ignored`.

use crate::common;

use std::{
    fs::File,
    io::{BufRead as _, BufReader},
    os::unix::process::CommandExt as _,
    path::{Path, PathBuf},
    process::{Child, Command, ExitStatus, Stdio},
    sync::mpsc,
    thread,
    time::{Duration, Instant},
};

use common::{bin, files};

/// The whole run (buses, app, walk) ends within this; everything it started is killed then.
const TIMEOUT: Duration = Duration::from_mins(1);

/// Debian's python, which has python3-pyatspi (not whichever `python3` comes first on PATH).
const PYTHON: &str = "/usr/bin/python3";

#[test]
#[ignore = "needs a display and the AT-SPI bus: `.ci/run` runs it with `--ignored` on an X server of its own"]
fn a_screen_reader_finds_the_window_name_a_table_and_a_live_region() {
    let deadline = Instant::now() + TIMEOUT;
    let display = std::env::var_os("DISPLAY")
        .unwrap_or_else(|| panic!("no DISPLAY: run the display tests under `xvfb-run -a`"));
    let dir = files::temp_dir();
    let bus = SessionBus::start(dir.path(), deadline);

    // accesskit_unix builds its AT-SPI tree only while `org.a11y.Status.IsEnabled` is true; asking
    // for `org.a11y.Bus` also starts the AT-SPI bus launcher (D-Bus activation).
    let mut enable = bus.command("dbus-send");
    enable.args([
        "--session",
        "--print-reply",
        "--dest=org.a11y.Bus",
        "/org/a11y/bus",
        "org.freedesktop.DBus.Properties.Set",
        "string:org.a11y.Status",
        "string:IsEnabled",
        "variant:boolean:true",
    ]);
    let (status, output) = run(enable, &dir.path().join("enable.log"), deadline, None);
    assert!(
        status.success(),
        "cannot turn accessibility on ({status}):\n{output}\nbus:\n{}",
        bus.log()
    );

    let app_log = dir.path().join("app.log");
    let mut app = bin::command(["--section", "salary", "--size", "1280x800"]);
    bus.environment(&mut app)
        .env("DISPLAY", display)
        .stdout(Stdio::null())
        .stderr(log_file(&app_log));
    let mut app = Killed::spawn(&mut app, "the app", false);

    let mut walk = bus.command(PYTHON);
    // walk.py waits for the app at most this long, so its own message says why it gave up.
    let wait = deadline
        .saturating_duration_since(Instant::now())
        .saturating_sub(Duration::from_secs(15));
    walk.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/atspi/walk.py"))
        .arg(wait.as_secs().to_string());
    let (status, found) = run(walk, &dir.path().join("walk.log"), deadline, Some(&mut app.0));
    // The whole walk, which the test harness shows on failure; the message repeats what failed.
    println!("{found}");
    let mut failed: Vec<&str> = found.lines().filter(|l| l.starts_with("FAIL")).collect();
    if failed.is_empty() {
        // Not one of walk.py's own verdicts (a Python error, say): its last line.
        failed.extend(found.lines().last());
    }
    assert!(
        status.success(),
        "the AT-SPI walk failed ({status}; its output is above):\n{}\napp's stderr:\n{}\nbus:\n{}",
        failed.join("\n"),
        read(&app_log),
        bus.log()
    );
}

/// A private session bus (`dbus-daemon --session`) and a temporary home, so nothing reaches the
/// user's buses, display or settings. The AT-SPI bus launcher, its bus and the registry, started
/// by D-Bus activation, stay in the daemon's process group, which is killed on drop.
struct SessionBus {
    dir: PathBuf,
    address: String,
    _daemon: Killed,
}

impl SessionBus {
    fn start(dir: &Path, deadline: Instant) -> Self {
        for sub in ["home", "runtime"] {
            let sub = dir.join(sub);
            std::fs::create_dir(&sub).unwrap_or_else(|e| panic!("cannot make {}: {e}", sub.display()));
        }
        let address = format!("unix:path={}", dir.join("bus").display());
        let mut command = Command::new("dbus-daemon");
        command.args(["--session", "--nofork", "--print-address=1"]);
        command.arg(format!("--address={address}"));
        // No DISPLAY for the services it starts: the launcher would write its bus's address on
        // the display's root window (the user's own display, outside CI).
        session(&mut command, dir, &address)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log_file(&dir.join("bus.log")))
            .process_group(0);
        let mut daemon = Killed::spawn(&mut command, "dbus-daemon", true);
        // It prints its address once it listens.
        let stdout = daemon.0.stdout.take();
        let (sender, receiver) = mpsc::channel();
        thread::spawn(move || {
            let mut line = String::new();
            if let Some(stdout) = stdout {
                let _ = BufReader::new(stdout).read_line(&mut line);
            }
            let _ = sender.send(line);
        });
        let wait = deadline
            .saturating_duration_since(Instant::now())
            .min(Duration::from_secs(10));
        let printed = receiver.recv_timeout(wait).unwrap_or_default();
        let bus = Self {
            dir: dir.to_owned(),
            address,
            _daemon: daemon,
        };
        assert!(
            printed.starts_with("unix:"),
            "dbus-daemon did not start:\n{}",
            bus.log()
        );
        bus
    }

    /// `command` in this session (see [`session`]).
    fn environment<'a>(&self, command: &'a mut Command) -> &'a mut Command {
        session(command, &self.dir, &self.address)
    }

    /// `program` in this session, with no input.
    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        self.environment(&mut command).stdin(Stdio::null());
        command
    }

    /// What the daemon and the services it started said.
    fn log(&self) -> String {
        read(&self.dir.join("bus.log"))
    }
}

/// `command` with a temporary home and XDG directories under `dir`, the session bus at `address`
/// and no other AT-SPI bus, no display (the app is given one), in-memory settings.
fn session<'a>(command: &'a mut Command, dir: &Path, address: &str) -> &'a mut Command {
    let home = dir.join("home");
    command
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CACHE_HOME", home.join(".cache"))
        .env("XDG_STATE_HOME", home.join(".local/state"))
        .env("XDG_RUNTIME_DIR", dir.join("runtime"))
        .env("GSETTINGS_BACKEND", "memory")
        .env("DBUS_SESSION_BUS_ADDRESS", address)
        .env_remove("AT_SPI_BUS_ADDRESS")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
}

/// A child process, killed when dropped (on failure too); with `.1`, its whole process group.
struct Killed(Child, bool);

impl Killed {
    fn spawn(command: &mut Command, what: &str, group: bool) -> Self {
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
        Self(child, group)
    }
}

impl Drop for Killed {
    fn drop(&mut self) {
        if self.1 {
            // The leader is not reaped yet, so its id still names only its group.
            signal_group(self.0.id(), "TERM");
            thread::sleep(Duration::from_millis(300));
            signal_group(self.0.id(), "KILL");
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn signal_group(leader: u32, signal: &str) {
    let _ = Command::new("kill")
        .args([format!("-{signal}"), "--".to_owned(), format!("-{leader}")])
        .stderr(Stdio::null())
        .status();
}

/// Runs `command`, its output in the file `log`, until it exits; fails the test at `deadline`
/// or as soon as `watched` (the app) exits. Returns its status and output.
fn run(
    mut command: Command,
    log: &Path,
    deadline: Instant,
    mut watched: Option<&mut Child>,
) -> (ExitStatus, String) {
    let program = command.get_program().to_string_lossy().into_owned();
    let file = log_file(log);
    let stdout = file
        .try_clone()
        .unwrap_or_else(|e| panic!("{}: {e}", log.display()));
    command.stdout(stdout).stderr(file);
    let mut process = Killed::spawn(&mut command, &program, false);
    loop {
        match process.0.try_wait() {
            Ok(Some(status)) => return (status, read(log)),
            Ok(None) => {}
            Err(e) => panic!("waiting for {program}: {e}"),
        }
        if let Some(app) = watched.as_mut()
            && let Ok(Some(status)) = app.try_wait()
        {
            panic!("the app exited ({status}) while {program} ran:\n{}", read(log));
        }
        assert!(
            Instant::now() < deadline,
            "{program} did not finish within the test's {TIMEOUT:?}:\n{}",
            read(log)
        );
        thread::sleep(Duration::from_millis(50));
    }
}

/// A new file at `path` for a child's output.
fn log_file(path: &Path) -> File {
    File::create(path).unwrap_or_else(|e| panic!("cannot create {}: {e}", path.display()))
}

/// The text of `path`, or why there is none.
fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| format!("({}: {e})", path.display()))
}
