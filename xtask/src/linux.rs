//! The Linux packages: a `.deb` (cargo-deb, with the metadata in Cargo.toml) and a portable
//! `.tar.gz`; with `--check`, the `.deb` installed with dpkg, run, validated and removed.

use std::{path::Path, process::Command};

use anyhow::Context as _;
use clap::CommandFactory as _;
use medtech_guide::platform::APP_ID;

use crate::{cargo, cargo::Profile, linux_check::check_deb, report::Report, util};

/// cargo-deb's version, installed under the target directory when it is not on PATH.
const CARGO_DEB_VERSION: &str = "3.8.0";

pub fn package(profile: Profile, check: bool, report: &mut Report) -> anyhow::Result<()> {
    let binary = cargo::build(profile, None)?;
    report.pass(format!("built {} ({} profile)", binary.display(), profile.name()));
    write_man_pages()?;
    let deb = build_deb(profile)?;
    let deb_size = util::file_size(&deb)?;
    let installed = deb_field(&deb, "Installed-Size")?;
    report.pass(format!(
        "{}: {:.1} MB, installed size {:.1} MB",
        deb.display(),
        deb_size as f64 / 1e6,
        installed.parse::<f64>().unwrap_or(0.0) / 1024.0
    ));
    let tarball = build_tarball(&binary)?;
    report.pass(format!(
        "{}: {:.1} MB",
        tarball.display(),
        util::file_size(&tarball)? as f64 / 1e6
    ));
    if check {
        check_deb(&deb, report)?;
    }
    Ok(())
}

/// The man pages, from the app's own clap definition, in the folder Cargo.toml's deb assets
/// name: `medtech-guide.1`, and one per command (`medtech-guide-export.1`, …), which the first
/// page's COMMANDS refer to. The folder is made afresh, so a command since removed leaves no page.
fn write_man_pages() -> anyhow::Result<()> {
    let dir = util::root().join("target").join("packaging").join("man");
    if dir.exists() {
        std::fs::remove_dir_all(&dir).with_context(|| format!("cannot remove {}", dir.display()))?;
    }
    util::create_dir(&dir)?;
    // `help` is clap's, not a command of ours; built, each command's name is `medtech-guide-NAME`.
    let mut command = medtech_guide::cli::Cli::command().disable_help_subcommand(true);
    command.build();
    let pages = std::iter::once(command.clone()).chain(command.get_subcommands().cloned());
    for page in pages {
        let man = clap_mangen::Man::new(page);
        let mut roff = Vec::new();
        man.render(&mut roff)
            .with_context(|| format!("cannot render the man page {}", man.get_filename()))?;
        util::write(&dir.join(man.get_filename()), &roff)?;
    }
    Ok(())
}

/// cargo-deb: the one on PATH, or installed (pinned) into cargo's own bin folder, where it stays
/// for the next run (as an apt package does), so a fresh clone does not build it again.
fn cargo_deb() -> anyhow::Result<String> {
    if util::have("cargo-deb") {
        return Ok("cargo-deb".to_owned());
    }
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")))
        .context("neither CARGO_HOME nor HOME is set: nowhere to install cargo-deb")?;
    let installed = home.join("bin").join("cargo-deb");
    if !installed.exists() {
        // A debug build without xz (we compress with the system's xz): about 3 minutes, not 7.
        util::run(
            Command::new(cargo::cargo())
                .args([
                    "install",
                    "cargo-deb",
                    "--locked",
                    "--debug",
                    "--version",
                    CARGO_DEB_VERSION,
                ])
                .args(["--no-default-features", "--features", "gzip"]),
        )?;
    }
    Ok(installed.to_string_lossy().into_owned())
}

/// cargo-deb packages the binary just built, from the profile's folder (Cargo.toml's
/// `target/release/` stands for it). For the dev profile it warns that it is meant for releases:
/// the packaging test packages a dev build on purpose (see `Profile::Check`).
fn build_deb(profile: Profile) -> anyhow::Result<std::path::PathBuf> {
    let dist = util::root().join("dist");
    let out = util::output(
        Command::new(cargo_deb()?)
            .current_dir(util::root())
            .args([
                "--no-build",
                "--locked",
                "--compress-system",
                "--package",
                "medtech-guide",
                "--profile",
                profile.name(),
            ])
            .arg("--output")
            .arg(&dist),
    )?;
    // cargo-deb prints the path of the package it wrote.
    let path = String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .trim()
        .to_owned();
    let path = std::path::PathBuf::from(path);
    anyhow::ensure!(
        path.extension().is_some_and(|e| e == "deb"),
        "cargo-deb did not name a .deb"
    );
    Ok(path)
}

fn deb_field(deb: &Path, field: &str) -> anyhow::Result<String> {
    let out = util::output(Command::new("dpkg-deb").arg("--field").arg(deb).arg(field))?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// A portable archive: binary, desktop file, icon, README, to unpack anywhere.
fn build_tarball(binary: &Path) -> anyhow::Result<std::path::PathBuf> {
    let name = format!("medtech-guide-{}-x86_64-linux", util::app_version());
    let stage = util::scratch("tarball")?.join(&name);
    util::create_dir(&stage)?;
    let root = util::root();
    util::copy(binary, &stage.join("medtech-guide"))?;
    util::copy(&root.join("README.md"), &stage.join("README.md"))?;
    let desktop = format!("{APP_ID}.desktop");
    util::copy(
        &root.join("packaging").join("linux").join(&desktop),
        &stage.join(&desktop),
    )?;
    util::copy(
        &root.join("packaging").join("icons").join("256.png"),
        &stage.join(format!("{APP_ID}.png")),
    )?;
    let tarball = root.join("dist").join(format!("{name}.tar.gz"));
    let parent = stage.parent().context("staging folder has no parent")?;
    util::run(
        Command::new("tar")
            .arg("-czf")
            .arg(&tarball)
            .arg("-C")
            .arg(parent)
            .arg(&name),
    )?;
    Ok(tarball)
}
