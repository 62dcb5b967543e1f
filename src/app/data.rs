//! Which data the window shows: the `--data` directory, or the bundled copy with a banner of what
//! was wrong with that directory.

use std::path::Path;

use crate::{
    model::{self, Guide},
    views::Banner,
};

/// Loads the data for the window: the `--data` directory, or the bundled copy with a banner of
/// what was wrong with that directory.
#[must_use]
pub fn load_for_window(data_dir: Option<&Path>) -> (Guide, Option<Banner>) {
    let loaded = load(data_dir);
    crate::timings::mark("data loaded and validated");
    loaded
}

fn load(data_dir: Option<&Path>) -> (Guide, Option<Banner>) {
    let bundled = || match model::load::load_bundled() {
        Ok(guide) => (guide, None),
        Err(problems) => (
            Guide::placeholder(),
            Some(Banner {
                heading: "The bundled guide data has problems; please report this".to_owned(),
                problems,
            }),
        ),
    };
    match data_dir {
        None => bundled(),
        Some(dir) => match model::load::load_dir(dir) {
            Ok(guide) => (guide, None),
            Err(problems) => {
                let (guide, bundled_banner) = bundled();
                let banner = bundled_banner.unwrap_or(Banner {
                    heading: format!(
                        "Could not use the data in {}; showing the bundled guide instead",
                        dir.display()
                    ),
                    problems,
                });
                (guide, Some(banner))
            }
        },
    }
}
