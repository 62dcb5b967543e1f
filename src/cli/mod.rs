//! The command line: open the window, or check, list and export the data.

mod args;
mod copy;
mod error;
mod export;
mod output;
mod run;
mod values;

pub use args::{Cli, Command, ExportWhat};
pub use error::CliError;
pub use run::main;
