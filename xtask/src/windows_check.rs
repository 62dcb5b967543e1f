//! The Windows `.exe` and installer on this machine, under Wine and Xvfb: the commands print to
//! the console, a chart exports, two sections render, the installer installs and uninstalls.
//!
//! Wine 8 lacks `bcryptprimitives.dll` (Rust's standard library asks it for random bytes); a
//! stand-in built from `xtask/fixtures/bcryptprimitives.c` is put beside the exe under test only.

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{Context as _, bail};

use crate::{linux_check::light_background, pngcheck, report::Report, util};

const SHIM: &str = "bcryptprimitives.dll";

struct Wine {
    prefix: PathBuf,
}

impl Wine {
    fn command(&self, program: &Path) -> Command {
        let mut cmd = Command::new("wine");
        cmd.arg(program)
            .env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            // No Mono or Gecko install prompts (they would try to download).
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=");
        cmd
    }

    /// Runs `program args`, waits for every Wine process (an uninstaller re-launches itself),
    /// and returns its standard output with Windows line ends made plain.
    fn run(&self, program: &Path, args: &[&str], display: bool) -> anyhow::Result<String> {
        let mut cmd = self.command(program);
        cmd.args(args);
        let out = if display {
            util::output(&mut util::with_display(cmd))
        } else {
            util::output(&mut cmd)
        };
        self.wait();
        Ok(String::from_utf8_lossy(&out?.stdout).replace("\r\n", "\n"))
    }

    fn wait(&self) {
        let _ = Command::new("wineserver")
            .arg("-w")
            .env("WINEPREFIX", &self.prefix)
            .status();
    }
}

/// A Unix path as Wine's Z: drive sees it.
fn windows_path(path: &Path) -> String {
    format!("Z:{}", path.display()).replace('/', "\\")
}

pub fn run(exe: &Path, setup: &Path, report: &mut Report) -> anyhow::Result<()> {
    let dir = util::scratch("wine-run")?;
    let wine = Wine {
        prefix: util::scratch("wineprefix")?,
    };
    let shim = dir.join(SHIM);
    util::run(
        Command::new("x86_64-w64-mingw32-gcc")
            .args(["-shared", "-O2", "-o"])
            .arg(&shim)
            .arg(
                util::root()
                    .join("xtask")
                    .join("fixtures")
                    .join("bcryptprimitives.c"),
            )
            .arg("-ladvapi32"),
    )?;
    let test_exe = dir.join("medtech-guide.exe");
    util::copy(exe, &test_exe)?;
    check_commands(&wine, &test_exe, &dir, report)?;
    check_installer(&wine, setup, &shim, report)
}

fn check_commands(wine: &Wine, exe: &Path, dir: &Path, report: &mut Report) -> anyhow::Result<()> {
    let guide = medtech_guide::model::load::load(None)
        .map_err(|problems| anyhow::anyhow!("bundled data does not load: {}", problems.lines()))?;
    // The sections, then the reader's own plan, which opens like one.
    let mut expected: String = guide
        .text
        .sections
        .iter()
        .map(|s| [s.id.as_str(), "\t", s.title.as_str(), "\n"].concat())
        .collect();
    {
        use medtech_guide::model::readiness::{PLAN_ID, PLAN_TITLE};
        expected.push_str(&[PLAN_ID, "\t", PLAN_TITLE, "\n"].concat());
    }
    let sections = wine.run(exe, &["sections"], false)?;
    report.expect(
        sections == expected,
        format!(
            "wine medtech-guide.exe sections: the {} sections and the plan",
            guide.text.sections.len()
        ),
        format!("printed {sections:?}"),
    );
    let check = wine.run(exe, &["check"], false)?;
    report.expect(
        check.starts_with("ok: bundled data:"),
        "wine medtech-guide.exe check",
        check.trim(),
    );
    let help = wine.run(exe, &["--help"], false)?;
    report.expect(
        help.contains("Usage: medtech-guide"),
        "wine medtech-guide.exe --help",
        help.trim(),
    );

    let chart = dir.join("salary-by-experience.png");
    let args = [
        "export",
        "salary-by-experience",
        "--format",
        "png",
        "--out",
        &windows_path(&chart),
    ];
    wine.run(exe, &args, false)?;
    match pngcheck::check_light(&chart, 1600, 1000, light_background()) {
        Ok(summary) => report.pass(format!(
            "wine export salary-by-experience --format png: {summary}"
        )),
        Err(e) => report.fail(format!("wine export salary-by-experience --format png: {e:#}")),
    }

    for section in ["salary", "global", "plan"] {
        let png = dir.join(format!("windows-{section}.png"));
        let shot = windows_path(&png);
        let args = [
            "--screenshot",
            &shot,
            "--section",
            section,
            "--theme",
            "light",
            "--size",
            "1000x700",
        ];
        let what = format!("wine medtech-guide.exe --screenshot --section {section}");
        match wine
            .run(exe, &args, true)
            .and_then(|_| pngcheck::check_light(&png, 1000, 700, light_background()))
        {
            Ok(summary) => report.pass(format!("{what}: {summary} ({})", png.display())),
            Err(e) => report.fail(format!("{what}: {e:#}")),
        }
    }
    Ok(())
}

fn check_installer(wine: &Wine, setup: &Path, shim: &Path, report: &mut Report) -> anyhow::Result<()> {
    wine.run(setup, &["/S"], false)?;
    let users = wine.prefix.join("drive_c").join("users");
    let user = std::fs::read_dir(&users)
        .with_context(|| format!("cannot list {}", users.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.file_name().is_some_and(|n| n != "Public"))
        .context("the Wine prefix has no user folder")?;
    let install = user
        .join("AppData")
        .join("Local")
        .join("Programs")
        .join("medtech-guide");
    let installed = install.join("medtech-guide.exe");
    let shortcut = user
        .join("AppData/Roaming/Microsoft/Windows/Start Menu/Programs")
        .join("Medical Technician Career Guide.lnk");
    report.expect(
        installed.exists(),
        "setup.exe /S installs medtech-guide.exe per user",
        install.display(),
    );
    report.expect(
        shortcut.exists(),
        "setup.exe /S adds the Start-menu shortcut",
        shortcut.display(),
    );
    if !installed.exists() {
        bail!("nothing installed to run");
    }

    // The test-only shim goes beside the installed exe for the run, and away before uninstalling.
    let installed_shim = install.join(SHIM);
    util::copy(shim, &installed_shim)?;
    let check = wine.run(&installed, &["check"], false)?;
    report.expect(
        check.starts_with("ok: bundled data:"),
        "installed medtech-guide.exe check",
        check.trim(),
    );
    std::fs::remove_file(&installed_shim)
        .with_context(|| format!("cannot remove {}", installed_shim.display()))?;

    wine.run(&install.join("uninstall.exe"), &["/S"], false)?;
    report.expect(
        !install.exists() && !shortcut.exists(),
        "uninstall.exe /S removes the program folder and the shortcut",
        "files left behind",
    );
    Ok(())
}
