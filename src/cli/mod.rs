//! The command line: open the window, or check, list and export the data, or say where a pay falls.

mod args;
mod copy;
mod error;
mod export;
mod output;
mod run;
mod standing;
mod values;

pub use args::{Cli, Command, ExportWhat, WhereArgs};
pub use error::CliError;
pub use run::main;
