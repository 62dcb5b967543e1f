//! The export choices the window remembers between exports (saved with the UI state): the size
//! and theme of exported charts and the paper of the printed guide and handout, as the command
//! line's `--width`, `--height`, `--theme` and `--paper` set them.

use serde::{Deserialize, Serialize};

use super::{DEFAULT_SIZE, ExportTheme, MAX_SIZE, MIN_SIZE, RenderOptions, pdf::Paper};
use crate::chart::SortOrder;

/// What the person chose last in the save dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportSettings {
    /// Width of a PNG or PDF chart, in pixels ([`MIN_SIZE`]..=[`MAX_SIZE`]).
    pub width: u32,
    /// Height of a PNG or PDF chart, in pixels.
    pub height: u32,
    /// The charts' theme; `None` follows the window's.
    pub theme: Option<ExportTheme>,
    /// The printed guide's and handout's paper; `None` is the locale's.
    pub paper: Option<Paper>,
}

impl Default for ExportSettings {
    fn default() -> Self {
        Self {
            width: DEFAULT_SIZE[0],
            height: DEFAULT_SIZE[1],
            theme: None,
            paper: None,
        }
    }
}

/// Which of the settings an export uses (and so the save dialog offers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Offered {
    pub size: bool,
    pub theme: bool,
    pub paper: bool,
}

impl ExportSettings {
    /// Sizes brought into [`MIN_SIZE`]..=[`MAX_SIZE`] (a hand-edited state file).
    #[must_use]
    pub fn sanitized(mut self) -> Self {
        self.width = self.width.clamp(MIN_SIZE, MAX_SIZE);
        self.height = self.height.clamp(MIN_SIZE, MAX_SIZE);
        self
    }

    /// The theme to draw in, in a window that is `window_dark` or not.
    #[must_use]
    pub fn theme_for(&self, window_dark: bool) -> ExportTheme {
        self.theme
            .unwrap_or_else(|| ExportTheme::from_dark_mode(window_dark))
    }

    /// The paper to print on: the chosen one, or the locale's.
    #[must_use]
    pub fn paper(&self) -> Paper {
        self.paper.unwrap_or_else(Paper::from_environment)
    }

    /// How to draw an export that uses what `offered` says: the size only where it is offered
    /// (elsewhere the default), the theme chosen or the window's, regions in `sort` order.
    #[must_use]
    pub fn render_options(&self, offered: Offered, window_dark: bool, sort: SortOrder) -> RenderOptions {
        let defaults = RenderOptions::default();
        let sanitized = self.sanitized();
        let (width, height) = if offered.size {
            (sanitized.width, sanitized.height)
        } else {
            (defaults.width, defaults.height)
        };
        RenderOptions {
            width,
            height,
            theme: self.theme_for(window_dark),
            sort,
        }
    }
}
