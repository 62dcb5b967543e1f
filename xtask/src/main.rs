//! `cargo xtask`: builds the medtech-guide packages and tests them on this (Linux) machine.
//!
//! - `cargo xtask dist`: the release profile (what ships) → `dist/`: the `.deb`, the Windows
//!   `.exe` and its installer `setup.exe`, a portable Linux `.tar.gz`; plus the macOS type-check.
//! - `cargo xtask dist --check`: the same packages from the `dev` profile (whose dependencies CI
//!   has just compiled for the tests and for this tool), then tests each one:
//!   `.deb` installed and run, the `.exe` run under Wine, the installer run silently, the PE
//!   header read, the macOS targets type-checked.
//! - `cargo xtask bundle-macos`: on a Mac, the `.app` bundle and a `.dmg`.
#![expect(
    clippy::print_stdout,
    reason = "progress and the summary are this tool's output"
)]

mod cargo;
mod linux;
mod linux_check;
mod macos;
mod pngcheck;
mod report;
mod util;
mod windows;
mod windows_check;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::{cargo::Profile, report::Report};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Builds and tests the medtech-guide packages")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build every package into dist/ (release profile); with --check, build and test them.
    Dist {
        /// Build from the `dev` profile (already built by the tests) and test every package here.
        #[arg(long)]
        check: bool,
        /// Only these platforms, e.g. `--only linux,windows` [default: all three].
        #[arg(long, value_enum, value_delimiter = ',')]
        only: Vec<Platform>,
    },
    /// On macOS: build the release binary, then dist/Medtech Guide.app and a .dmg.
    BundleMacos,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Platform {
    Linux,
    Windows,
    Macos,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Dist { check, only } => dist(check, &only),
        Command::BundleMacos => macos::bundle().map(|()| Report::default()),
    };
    match result {
        Ok(report) => {
            report.print();
            if report.failed() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("xtask: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn dist(check: bool, only: &[Platform]) -> anyhow::Result<Report> {
    let wanted = |p| only.is_empty() || only.contains(&p);
    let profile = if check { Profile::Check } else { Profile::Release };
    let mut report = Report::default();
    let dist = util::root().join("dist");
    util::create_dir(&dist)?;

    let started = std::time::Instant::now();
    if wanted(Platform::Linux) {
        report.step("Linux package", |r| linux::package(profile, check, r));
    }
    if wanted(Platform::Windows) {
        report.step("Windows exe and installer", |r| {
            windows::package(profile, check, r)
        });
    }
    if wanted(Platform::Macos) {
        report.step("macOS type-check", |r| {
            macos::type_check(r);
            Ok(())
        });
    }
    println!("xtask: finished in {:.0} s", started.elapsed().as_secs_f64());
    Ok(report)
}
