//! macOS: type-checked here (`cargo check` for both Apple targets: no SDK or linker needed);
//! on a Mac, `cargo xtask bundle-macos` builds the `.app` and `.dmg` from packaging/macos/.

use std::process::Command;

use anyhow::bail;

use crate::{cargo, report::Report, util};

const TARGETS: [&str; 2] = ["aarch64-apple-darwin", "x86_64-apple-darwin"];

pub fn type_check(report: &mut Report) {
    if let Err(e) = cargo::add_target(&TARGETS) {
        report.skip(format!(
            "macOS: `rustup target add` failed, so macOS was not type-checked: {e:#}"
        ));
        return;
    }
    // One invocation for both targets: cargo checks them side by side, sharing the build scripts
    // and proc macros, which run on this machine.
    let checked = util::run(
        Command::new(cargo::cargo())
            .current_dir(util::root())
            .args([
                "check",
                "--locked",
                "--package",
                "medtech-guide",
                "--bin",
                "medtech-guide",
            ])
            .args(TARGETS.iter().flat_map(|t| ["--target", t])),
    );
    report.expect(
        checked.is_ok(),
        format!("cargo check --target {}", TARGETS.join(" --target ")),
        "see the errors above",
    );
}

/// On macOS: the release binary in `dist/Medtech Guide.app` (Info.plist and icon from
/// packaging/macos/), then `dist/medtech-guide-VERSION.dmg` with hdiutil.
pub fn bundle() -> anyhow::Result<()> {
    if !cfg!(target_os = "macos") {
        bail!("bundle-macos runs on a Mac (it needs Apple's linker and hdiutil)");
    }
    let binary = cargo::build(cargo::Profile::Release, None)?;
    let root = util::root();
    let app = root.join("dist").join("Medtech Guide.app");
    if app.exists() {
        std::fs::remove_dir_all(&app)?;
    }
    let contents = app.join("Contents");
    util::create_dir(&contents.join("MacOS"))?;
    util::create_dir(&contents.join("Resources"))?;
    let packaging = root.join("packaging").join("macos");
    util::copy(&packaging.join("Info.plist"), &contents.join("Info.plist"))?;
    util::copy(
        &packaging.join("medtech-guide.icns"),
        &contents.join("Resources").join("medtech-guide.icns"),
    )?;
    util::copy(&binary, &contents.join("MacOS").join("medtech-guide"))?;
    let dmg = root
        .join("dist")
        .join(format!("medtech-guide-{}.dmg", util::app_version()));
    util::run(
        Command::new("hdiutil")
            .args([
                "create",
                "-volname",
                "Medtech Guide",
                "-format",
                "UDZO",
                "-ov",
                "-srcfolder",
            ])
            .arg(&app)
            .arg(&dmg),
    )?;
    println!("xtask: wrote {} and {}", app.display(), dmg.display());
    Ok(())
}
