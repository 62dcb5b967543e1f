//! The `.deb` on this machine: installed with dpkg, its files validated, the installed program
//! run (`check`, and `--screenshot` under Xvfb), then removed.

use std::{path::Path, process::Command};

use medtech_guide::platform::APP_ID;

use crate::{pngcheck, report::Report, util};

pub fn check_deb(deb: &Path, report: &mut Report) -> anyhow::Result<()> {
    let contents = util::output(Command::new("dpkg-deb").arg("--contents").arg(deb))?;
    let contents = String::from_utf8_lossy(&contents.stdout).into_owned();
    for path in [
        "./usr/bin/medtech-guide".to_owned(),
        format!("./usr/share/applications/{APP_ID}.desktop"),
        format!("./usr/share/metainfo/{APP_ID}.metainfo.xml"),
        format!("./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png"),
        format!("./usr/share/icons/hicolor/16x16/apps/{APP_ID}.png"),
        "./usr/share/man/man1/medtech-guide.1.gz".to_owned(),
        "./usr/share/man/man1/medtech-guide-export.1.gz".to_owned(),
        "./usr/share/man/man1/medtech-guide-where.1.gz".to_owned(),
        "./usr/share/doc/medtech-guide/examples/answers-student.ron".to_owned(),
    ] {
        report.expect(
            contents.contains(&path),
            format!(".deb contains {path}"),
            "missing",
        );
    }

    util::run(Command::new("dpkg").arg("-i").arg(deb))?;
    let result = check_installed(report);
    let removed = util::run(Command::new("dpkg").args(["--remove", "medtech-guide"]));
    report.expect(
        removed.is_ok() && !Path::new("/usr/bin/medtech-guide").exists(),
        "dpkg --remove medtech-guide removes /usr/bin/medtech-guide",
        "still there",
    );
    result
}

fn check_installed(report: &mut Report) -> anyhow::Result<()> {
    // dpkg -i leaves a package whose Depends are not installed "unconfigured": so this also shows
    // that every package named in Depends exists and is installed.
    let status = util::output(Command::new("dpkg-query").args(["-W", "-f=${Status}", "medtech-guide"]))?;
    let status = String::from_utf8_lossy(&status.stdout).into_owned();
    report.expect(
        status == "install ok installed",
        "dpkg -i: installed, Depends satisfied",
        &status,
    );

    let desktop = format!("/usr/share/applications/{APP_ID}.desktop");
    let metainfo = format!("/usr/share/metainfo/{APP_ID}.metainfo.xml");
    let validated = util::output(Command::new("desktop-file-validate").arg(&desktop));
    report.expect(
        validated.is_ok(),
        format!("desktop-file-validate {desktop}"),
        format_err(validated),
    );
    let validated = util::output(
        Command::new("appstreamcli")
            .args(["validate", "--no-net"])
            .arg(&metainfo),
    );
    report.expect(
        validated.is_ok(),
        format!("appstreamcli validate {metainfo}"),
        format_err(validated),
    );
    // The first page lists the commands; each command's page its own options and values.
    for (page, shows) in [
        ("medtech-guide", "medtech-guide-where"),
        ("medtech-guide-export", "--answers"),
        ("medtech-guide-where", "--pay"),
    ] {
        // `man -w` finds the installed page; `man -l` formats that file itself, not a formatted
        // copy man-db cached from an earlier install (which a fresh page's old timestamp, set
        // for reproducible packages, does not replace).
        let man = util::output(Command::new("man").args(["-w", page])).and_then(|found| {
            let path = String::from_utf8_lossy(&found.stdout).trim().to_owned();
            util::output(Command::new("man").args(["-P", "cat", "-l", &path]))
        });
        let man_ok = man
            .as_ref()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains(shows));
        report.expect(
            man_ok || !util::have("man"),
            format!("man {page} shows {shows}"),
            format_err(man),
        );
    }

    let out = util::output(Command::new("/usr/bin/medtech-guide").arg("check"))?;
    let out = String::from_utf8_lossy(&out.stdout).into_owned();
    report.expect(
        out.starts_with("ok: bundled data:"),
        "installed medtech-guide check",
        out.trim(),
    );

    let dir = util::scratch("deb")?;
    let png = dir.join("linux-salary.png");
    let mut cmd = Command::new("/usr/bin/medtech-guide");
    cmd.arg("--screenshot")
        .arg(&png)
        .args(["--section", "salary", "--theme", "light", "--size", "1000x700"]);
    util::output(&mut util::with_display(cmd))?;
    match pngcheck::check_light(&png, 1000, 700, light_background()) {
        Ok(summary) => report.pass(format!("installed medtech-guide --screenshot: {summary}")),
        Err(e) => report.fail(format!("installed medtech-guide --screenshot: {e:#}")),
    }
    Ok(())
}

/// The light theme's panel colour, as the app defines it.
pub fn light_background() -> [u8; 3] {
    let [r, g, b, _] = medtech_guide::tokens::Tokens::LIGHT.background().to_array();
    [r, g, b]
}

fn format_err<T>(result: anyhow::Result<T>) -> String {
    result.err().map(|e| format!("{e:#}")).unwrap_or_default()
}
