//! Files at the bottom of the layers: atomic writes and file-system errors in words for people,
//! shared by the state file, the data loader, the exports and the watcher.

mod io_error;
pub mod write;

pub use io_error::describe_io_error;
pub use write::{WriteError, write_atomically};
