//! Windows builds: embeds the app icon and the version information in `medtech-guide.exe`
//! (winresource writes the `.rc` file and runs the resource compiler: mingw's `windres` when
//! cross-building, `rc.exe` with MSVC). Other targets: nothing to do.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=packaging/windows/medtech-guide.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("packaging/windows/medtech-guide.ico")
        .set("FileDescription", "Medical Technician Career Guide")
        .set("ProductName", "Medical Technician Career Guide")
        .set("OriginalFilename", "medtech-guide.exe")
        .set("LegalCopyright", "Licensed under MIT OR Apache-2.0");
    if let Err(e) = resource.compile_for("medtech-guide") {
        println!("cargo::error=could not embed the icon and version information in the .exe: {e}");
    }
}
