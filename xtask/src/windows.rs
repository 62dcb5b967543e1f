//! The Windows packages: `medtech-guide.exe` cross-built with mingw (GUI subsystem, icon and
//! version information embedded by build.rs) and a per-user NSIS installer; the PE header is
//! read back to check both.

use std::{path::Path, process::Command};

use anyhow::{Context as _, bail};
use object::{
    pe,
    read::pe::{ImageNtHeaders as _, ImageOptionalHeader as _, PeFile64, ResourceNameOrId},
};

use crate::{cargo, cargo::Profile, report::Report, util, windows_check};

pub const TARGET: &str = "x86_64-pc-windows-gnu";

pub fn package(profile: Profile, check: bool, report: &mut Report) -> anyhow::Result<()> {
    if let Err(e) = cargo::add_target(&[TARGET]) {
        report.skip(format!(
            "Windows: `rustup target add {TARGET}` failed, so the .exe and installer were not built \
             or tested: {e:#}"
        ));
        return Ok(());
    }
    // Built once; the installer and every test below use this file.
    let built = cargo::build(profile, Some(TARGET))?;
    let dist = util::root().join("dist");
    let exe = dist.join("medtech-guide.exe");
    util::copy(&built, &exe)?;
    report.pass(format!(
        "{}: {:.1} MB",
        exe.display(),
        util::file_size(&exe)? as f64 / 1e6
    ));
    check_pe(&exe, report)?;
    let setup = installer(&exe)?;
    report.pass(format!(
        "{}: {:.1} MB",
        setup.display(),
        util::file_size(&setup)? as f64 / 1e6
    ));
    if check {
        windows_check::run(&exe, &setup, report)?;
    }
    Ok(())
}

/// The PE header says "GUI subsystem" (no console window) and the resources hold the icon and
/// the version information.
fn check_pe(exe: &Path, report: &mut Report) -> anyhow::Result<()> {
    let data = util::read(exe)?;
    let file =
        PeFile64::parse(&*data).with_context(|| format!("{} is not a 64-bit PE file", exe.display()))?;
    let subsystem = file.nt_headers().optional_header().subsystem();
    report.expect(
        subsystem == pe::IMAGE_SUBSYSTEM_WINDOWS_GUI,
        "PE header: GUI subsystem (no console window)",
        format!("subsystem is {subsystem}"),
    );
    let Some(resources) = file
        .data_directories()
        .resource_directory(&*data, &file.section_table())?
    else {
        bail!(
            "{} has no resources: no icon, no version information",
            exe.display()
        );
    };
    let mut types = Vec::new();
    for entry in resources.root()?.entries {
        if let ResourceNameOrId::Id(id) = entry.name_or_id() {
            types.push(id);
        }
    }
    report.expect(
        types.contains(&pe::RT_GROUP_ICON) && types.contains(&pe::RT_ICON),
        "PE resources: the app icon (RT_GROUP_ICON, RT_ICON)",
        format!("resource types {types:?}"),
    );
    report.expect(
        types.contains(&pe::RT_VERSION),
        "PE resources: version information (RT_VERSION)",
        format!("resource types {types:?}"),
    );
    Ok(())
}

/// makensis packaging/windows/installer.nsi → dist/medtech-guide-VERSION-setup.exe.
fn installer(exe: &Path) -> anyhow::Result<std::path::PathBuf> {
    let root = util::root();
    let setup = root
        .join("dist")
        .join(format!("medtech-guide-{}-setup.exe", util::app_version()));
    let define = |name: &str, value: &Path| format!("-D{name}={}", value.display());
    util::run(
        Command::new("makensis")
            .arg("-V2")
            .arg(format!("-DVERSION={}", util::app_version()))
            .arg(define("EXE", exe))
            .arg(define("README", &root.join("README.md")))
            .arg(define("OUTFILE", &setup))
            .arg(root.join("packaging").join("windows").join("installer.nsi")),
    )?;
    Ok(setup)
}
