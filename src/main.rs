//! The `medtech-guide` binary: all of it lives in the library.

fn main() -> std::process::ExitCode {
    medtech_guide::cli::main()
}
