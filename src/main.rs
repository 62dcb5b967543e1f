//! The `medtech-guide` binary: all of it lives in the library.

// On Windows a GUI-subsystem program: no console window opens behind the app. The command-line
// commands still print to the console they were started from (`platform::attach_parent_console`).
#![windows_subsystem = "windows"]

fn main() -> std::process::ExitCode {
    medtech_guide::platform::attach_parent_console();
    medtech_guide::cli::main()
}
