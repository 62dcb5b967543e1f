//! Why a command failed, and how that ends: a message and an exit code.

/// Why a command failed; printed in one place ([`run::main`]) with its exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The command line itself is wrong (exit 2).
    #[error("{0}")]
    Usage(String),
    /// The operation failed (exit 1).
    #[error("{0}")]
    Failed(String),
    /// The data has problems, already worded one per line (exit 1).
    #[error("{0}")]
    Data(String),
    /// Failed, and there is nothing worth saying (a closed pipe) (exit 1).
    #[error("")]
    Quiet,
}
