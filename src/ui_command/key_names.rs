//! How shortcuts are written on this platform: egui's modifier names (`ModifierNames`), so macOS
//! reads ⌘F where Linux and Windows read Ctrl+F, as egui's own `Context::format_shortcut` does.

use egui::{Context, Key, KeyboardShortcut, ModifierNames, Modifiers, os::OperatingSystem};

/// The names a platform writes shortcuts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyNames {
    names: ModifierNames<'static>,
    is_mac: bool,
}

impl KeyNames {
    /// Linux and Windows: `Ctrl+F`, `Shift+Tab`.
    pub const NAMES: Self = Self {
        names: ModifierNames::NAMES,
        is_mac: false,
    };

    /// The names egui chooses for `ctx`: on macOS the symbols (⌘, ⇧) when the font has them,
    /// else `Cmd+F`; elsewhere `Ctrl+F`.
    #[must_use]
    pub fn of(ctx: &Context) -> Self {
        let is_mac = ctx.os().is_mac();
        // egui checks the font for the symbols; its answer for one modifier tells which it chose.
        let symbols = is_mac && ctx.format_modifiers(Modifiers::MAC_CMD) == ModifierNames::SYMBOLS.mac_cmd;
        Self {
            names: if symbols {
                ModifierNames::SYMBOLS
            } else {
                ModifierNames::NAMES
            },
            is_mac,
        }
    }

    /// The names of `os` with a font that has the symbols: ⌘F on macOS, Ctrl+F elsewhere.
    #[must_use]
    pub fn for_os(os: OperatingSystem) -> Self {
        if os.is_mac() {
            Self {
                names: ModifierNames::SYMBOLS,
                is_mac: true,
            }
        } else {
            Self::NAMES
        }
    }

    /// `shortcut` as people read it: `Ctrl+F`, `⌘F`, `Page Up`, `↑`.
    #[must_use]
    pub fn format(self, shortcut: KeyboardShortcut) -> String {
        let key = match shortcut.logical_key {
            Key::ArrowUp => "↑",
            Key::ArrowDown => "↓",
            Key::ArrowLeft => "←",
            Key::ArrowRight => "→",
            Key::PageUp => "Page Up",
            Key::PageDown => "Page Down",
            Key::Escape => "Esc",
            other if self.names.is_short => other.symbol_or_name(),
            other => other.name(),
        };
        let modifiers = self.names.format(&shortcut.modifiers, self.is_mac);
        if modifiers.is_empty() {
            key.to_owned()
        } else {
            format!("{modifiers}{}{key}", self.names.concat)
        }
    }
}
