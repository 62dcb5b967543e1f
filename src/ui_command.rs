//! The command table: every action a person can invoke by menu or key, each with its label,
//! description, shortcuts and menu written once. Key handling, the menus and the shortcut sheet
//! are all generated from it, so they cannot drift apart.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::state::ThemeChoice;

mod control_keys;
mod key_names;
pub use control_keys::ControlKey;
pub use key_names::KeyNames;

/// A key (with modifiers) or a typed character that invokes a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// A key press, e.g. Ctrl+F.
    Key(KeyboardShortcut),
    /// A typed character, whatever keys produce it (`?` is Shift+/ on some layouts only).
    Text(&'static str),
    /// Another key for the same thing, handled but not listed (Ctrl+= for Ctrl+Plus: the same
    /// key on most layouts).
    Alias(KeyboardShortcut),
}

impl Shortcut {
    /// How the shortcut is written in menus, tooltips and the sheet with `names` ("Ctrl+F" or
    /// "⌘F", "F1", "?").
    #[must_use]
    pub fn text(self, names: KeyNames) -> String {
        match self {
            Self::Text(text) => text.to_owned(),
            Self::Key(shortcut) | Self::Alias(shortcut) => names.format(shortcut),
        }
    }
}

/// The menu a command is listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    File,
    View,
    Help,
}

/// Every action with a label, a description and (for most) shortcuts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum UiCommand {
    Search,
    CloseOrCancel,
    OpenSelectedResult,
    Previous,
    Next,
    First,
    Last,
    PageUp,
    PageDown,
    OpenPlan,
    ExportChart,
    ExportGuidePdf,
    ExportHandoutPdf,
    ExportHandoutPng,
    ExportPlanMarkdown,
    ExportPlanPdf,
    Print,
    OpenDataFolder,
    UseBundledData,
    SaveDataCopy,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    Theme(ThemeChoice),
    Shortcuts,
    About,
    ResetView,
    Quit,
}

impl UiCommand {
    /// Every command, in the order of the shortcut sheet (the order they are declared in), each
    /// theme its own command. Derived from the enum, so a new command can never be left out.
    pub fn all() -> impl Iterator<Item = Self> {
        <Self as strum::IntoEnumIterator>::iter().flat_map(|command| {
            let themes = matches!(command, Self::Theme(_)).then_some(ThemeChoice::ALL);
            let single = (!matches!(command, Self::Theme(_))).then_some(command);
            single
                .into_iter()
                .chain(themes.into_iter().flatten().map(Self::Theme))
        })
    }

    /// The menu item's label.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Theme(theme) => format!("{} theme", theme.label()),
            other => other.fixed_label().to_owned(),
        }
    }

    fn fixed_label(self) -> &'static str {
        match self {
            Self::Search => "Search…",
            Self::CloseOrCancel => "Close",
            Self::OpenSelectedResult => "Open result",
            Self::Previous => "Previous",
            Self::Next => "Next",
            Self::First => "First section",
            Self::Last => "Last section",
            Self::PageUp => "Page up",
            Self::PageDown => "Page down",
            Self::OpenPlan => crate::model::readiness::PLAN_TITLE,
            Self::ExportChart => "Export chart as PNG…",
            Self::ExportGuidePdf => "Export guide as PDF…",
            Self::ExportHandoutPdf => "Export handout as PDF…",
            Self::ExportHandoutPng => "Export handout as PNG…",
            Self::ExportPlanMarkdown => "Export my plan as Markdown…",
            Self::ExportPlanPdf => "Export my plan as PDF…",
            Self::Print => "Print…",
            Self::OpenDataFolder => "Open data folder…",
            Self::UseBundledData => "Use the bundled data",
            Self::SaveDataCopy => "Save a copy of the data…",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Reset zoom",
            Self::Theme(_) => "Theme",
            Self::Shortcuts => "Keyboard shortcuts…",
            Self::About => "About medtech-guide…",
            Self::ResetView => "Reset view",
            Self::Quit => "Quit",
        }
    }

    /// What it does, as the shortcut sheet and tooltips say it.
    #[must_use]
    pub fn description(self) -> &'static str {
        match self {
            Self::Search => "Search the guide",
            Self::CloseOrCancel => "Close search or a dialog",
            Self::OpenSelectedResult => "Open the selected search result",
            Self::Previous => "Previous section (or search result)",
            Self::Next => "Next section (or search result)",
            Self::First => "First section",
            Self::Last => "Last section",
            Self::PageUp => "Scroll the reading panel up",
            Self::PageDown => "Scroll the reading panel down",
            Self::OpenPlan => {
                "Check yourself against the guide: what you have, your next steps, where your pay falls"
            }
            Self::ExportChart => "Export the chart in the current section",
            Self::ExportGuidePdf => "The whole guide as a tagged PDF, for print or a screen reader",
            Self::ExportHandoutPdf => "One page: key facts, salary chart, steps, sources",
            Self::ExportHandoutPng => "The one-page handout as an image",
            Self::ExportPlanMarkdown => "Your plan from My plan's answers, as a text file",
            Self::ExportPlanPdf => "Your plan from My plan's answers, as a tagged PDF of one or two pages",
            Self::Print => "Open the guide as PDF in your PDF viewer, to print it",
            Self::OpenDataFolder => "Show the data in a folder of RON files, and follow its edits",
            Self::UseBundledData => "Go back to the data built into the app",
            Self::SaveDataCopy => "Write the data files into a folder, to edit them",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Reset zoom",
            Self::Theme(_) => "Colour theme",
            Self::Shortcuts => "Show this sheet",
            Self::About => "Version, data sources and licence",
            Self::ResetView => "Forget theme, zoom and chart options",
            Self::Quit => "Quit",
        }
    }

    /// The shortcuts that invoke it; the first is the one shown beside menu items.
    #[must_use]
    pub fn shortcuts(self) -> &'static [Shortcut] {
        const NONE: Modifiers = Modifiers::NONE;
        const CMD: Modifiers = Modifiers::COMMAND;
        const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        match self {
            Self::Search => &[Shortcut::Key(KeyboardShortcut {
                modifiers: CMD,
                logical_key: Key::F,
            })],
            Self::CloseOrCancel => &[Shortcut::Key(KeyboardShortcut {
                modifiers: NONE,
                logical_key: Key::Escape,
            })],
            Self::OpenSelectedResult => &[Shortcut::Key(KeyboardShortcut {
                modifiers: NONE,
                logical_key: Key::Enter,
            })],
            Self::Previous => &[Shortcut::Key(KeyboardShortcut {
                modifiers: NONE,
                logical_key: Key::ArrowUp,
            })],
            Self::Next => &[Shortcut::Key(KeyboardShortcut {
                modifiers: NONE,
                logical_key: Key::ArrowDown,
            })],
            Self::First => &[Shortcut::Key(KeyboardShortcut {
                modifiers: NONE,
                logical_key: Key::Home,
            })],
            Self::Last => &[Shortcut::Key(KeyboardShortcut {
                modifiers: NONE,
                logical_key: Key::End,
            })],
            Self::PageUp => &[Shortcut::Key(KeyboardShortcut {
                modifiers: NONE,
                logical_key: Key::PageUp,
            })],
            Self::PageDown => &[Shortcut::Key(KeyboardShortcut {
                modifiers: NONE,
                logical_key: Key::PageDown,
            })],
            Self::ExportChart => &[Shortcut::Key(KeyboardShortcut {
                modifiers: CMD,
                logical_key: Key::E,
            })],
            Self::ZoomIn => &[
                Shortcut::Key(KeyboardShortcut {
                    modifiers: CMD,
                    logical_key: Key::Plus,
                }),
                Shortcut::Alias(KeyboardShortcut {
                    modifiers: CMD,
                    logical_key: Key::Equals,
                }),
            ],
            Self::ZoomOut => &[Shortcut::Key(KeyboardShortcut {
                modifiers: CMD,
                logical_key: Key::Minus,
            })],
            Self::ZoomReset => &[Shortcut::Key(KeyboardShortcut {
                modifiers: CMD,
                logical_key: Key::Num0,
            })],
            Self::Shortcuts => &[
                Shortcut::Key(KeyboardShortcut {
                    modifiers: NONE,
                    logical_key: Key::F1,
                }),
                Shortcut::Text("?"),
            ],
            Self::OpenDataFolder => &[Shortcut::Key(KeyboardShortcut {
                modifiers: CMD,
                logical_key: Key::O,
            })],
            // Ctrl+Shift: ⌘M alone is the system's Minimize on macOS.
            Self::OpenPlan => &[Shortcut::Key(KeyboardShortcut {
                modifiers: CMD_SHIFT,
                logical_key: Key::M,
            })],
            Self::Theme(_)
            | Self::About
            | Self::UseBundledData
            | Self::SaveDataCopy
            | Self::ResetView
            | Self::ExportGuidePdf
            | Self::ExportHandoutPdf
            | Self::ExportHandoutPng
            | Self::ExportPlanMarkdown
            | Self::ExportPlanPdf => &[],
            Self::Print => &[Shortcut::Key(KeyboardShortcut {
                modifiers: CMD,
                logical_key: Key::P,
            })],
            // egui's own quit shortcut (`Options::quit_shortcuts`) handles the key.
            Self::Quit => &[Shortcut::Key(KeyboardShortcut {
                modifiers: CMD,
                logical_key: Key::Q,
            })],
        }
    }

    /// The menu it is listed in and its group there (groups are separated by a line), if any.
    #[must_use]
    pub fn menu(self) -> Option<(Menu, u8)> {
        match self {
            Self::Search | Self::OpenPlan => Some((Menu::View, 0)),
            Self::ZoomIn | Self::ZoomOut | Self::ZoomReset => Some((Menu::View, 1)),
            Self::Theme(_) => Some((Menu::View, 2)),
            Self::ResetView => Some((Menu::View, 3)),
            Self::ExportChart | Self::ExportGuidePdf | Self::ExportHandoutPdf | Self::ExportHandoutPng => {
                Some((Menu::File, 0))
            }
            Self::ExportPlanMarkdown | Self::ExportPlanPdf => Some((Menu::File, 1)),
            Self::Print => Some((Menu::File, 2)),
            Self::OpenDataFolder | Self::UseBundledData | Self::SaveDataCopy => Some((Menu::File, 3)),
            Self::Quit => Some((Menu::File, 4)),
            Self::Shortcuts | Self::About => Some((Menu::Help, 0)),
            Self::CloseOrCancel
            | Self::OpenSelectedResult
            | Self::Previous
            | Self::Next
            | Self::First
            | Self::Last
            | Self::PageUp
            | Self::PageDown => None,
        }
    }

    /// The commands of `menu` with their group, in table order.
    pub fn in_menu(menu: Menu) -> impl Iterator<Item = (Self, u8)> {
        Self::all().filter_map(move |c| c.menu().filter(|(m, _)| *m == menu).map(|(_, group)| (c, group)))
    }

    /// The shortcut text shown beside its menu item, written with `names` ("" if none).
    #[must_use]
    pub fn shortcut_text(self, names: KeyNames) -> String {
        self.shortcuts()
            .first()
            .map(|s| s.text(names))
            .unwrap_or_default()
    }

    /// All its shortcuts, as the sheet shows them ("F1 or ?").
    #[must_use]
    pub fn all_shortcuts_text(self, names: KeyNames) -> String {
        let texts: Vec<String> = self
            .shortcuts()
            .iter()
            .filter(|s| !matches!(s, Shortcut::Alias(_)))
            .map(|s| s.text(names))
            .collect();
        texts.join(" or ")
    }
}

#[cfg(test)]
mod tests;
