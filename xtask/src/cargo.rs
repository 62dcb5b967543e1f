//! Building the app with cargo for a profile and a target.

use std::{path::PathBuf, process::Command};

use crate::util;

/// Which cargo profile the packages are built from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// `release`: fat LTO, what ships (`cargo xtask dist`).
    Release,
    /// `dev`: for the packaging test (`cargo xtask dist --check`). It tests how the program is
    /// packaged, installed and started, not how it is optimized, and CI has just built the
    /// dependencies in this profile for the tests and for this tool itself, so a package costs
    /// little more than linking (the bench profile, used before, built them all again: 10 min).
    Check,
}

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Self::Release => "release",
            Self::Check => "dev",
        }
    }

    /// The directory cargo builds the profile into, under the target directory.
    pub fn dir(self) -> &'static str {
        match self {
            Self::Release => "release",
            Self::Check => "debug",
        }
    }
}

/// `cargo build` of the app's binary; returns the path of the executable.
pub fn build(profile: Profile, target: Option<&str>) -> anyhow::Result<PathBuf> {
    let mut cmd = Command::new(cargo());
    cmd.current_dir(util::root())
        .args([
            "build",
            "--locked",
            "--package",
            "medtech-guide",
            "--bin",
            "medtech-guide",
        ])
        .args(["--profile", profile.name()]);
    let mut dir = util::target_dir();
    if let Some(target) = target {
        cmd.args(["--target", target]);
        dir.push(target);
    }
    util::run(&mut cmd)?;
    let exe = if target.is_some_and(|t| t.contains("windows")) {
        "medtech-guide.exe"
    } else {
        "medtech-guide"
    };
    Ok(dir.join(profile.dir()).join(exe))
}

/// `rustup target add`; an error says the target's standard library could not be had.
pub fn add_target(targets: &[&str]) -> anyhow::Result<()> {
    let installed = util::output(Command::new("rustup").args(["target", "list", "--installed"]))?;
    let installed = String::from_utf8_lossy(&installed.stdout).into_owned();
    let missing: Vec<&str> = targets
        .iter()
        .copied()
        .filter(|t| !installed.lines().any(|l| l == *t))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    util::output(Command::new("rustup").args(["target", "add"]).args(&missing)).map(|_| ())
}

/// The cargo that runs us (so the same toolchain builds the app).
pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}
