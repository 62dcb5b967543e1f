//! `export data --out DIR [--force]`: the bundled data files and a README.txt, for a reader to
//! edit and open with `--data DIR` (or File › Open data folder… in the window).

use super::{CliError, args::ExportArgs};
use crate::export::data_copy::{self, DataCopyError};

/// Writes the copy; says which files it wrote, or why it wrote none.
pub(super) fn export_data(args: &ExportArgs) -> Result<(), CliError> {
    if args.format.is_some() {
        return Err(CliError::Usage(
            "`data` takes no --format: it copies the data files as they are (RON)".to_owned(),
        ));
    }
    if args.out == std::path::Path::new("-") {
        return Err(CliError::Usage(
            "`data` is a folder of files and cannot go to standard output; give one with --out DIR"
                .to_owned(),
        ));
    }
    if args.answers.is_some() {
        return Err(CliError::Usage(
            "--answers applies to `plan` and `path`, not to `data`, which copies the data files as they are"
                .to_owned(),
        ));
    }
    for (flag, given) in [
        ("--width", args.width.is_some()),
        ("--height", args.height.is_some()),
        ("--theme", args.theme.is_some()),
        ("--sort", args.sort.is_some()),
        ("--paper", args.paper.is_some()),
    ] {
        if given {
            return Err(CliError::Usage(format!(
                "{flag} does not apply to `data`, which copies the data files as they are"
            )));
        }
    }
    match data_copy::save_data_copy(&args.out, args.force) {
        Ok(written) => {
            for path in written {
                eprintln!("medtech-guide: wrote {}", path.display());
            }
            Ok(())
        }
        Err(e @ DataCopyError::Exists { .. }) => Err(CliError::Failed(format!(
            "{e}; choose an empty folder, or add --force to replace them"
        ))),
        Err(e) => Err(CliError::Failed(e.to_string())),
    }
}
