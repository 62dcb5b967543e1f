//! Keys that act on the focused control rather than on the app: egui's widgets (and the years
//! slider's own ↑/↓) handle them, and the shortcut sheet lists them after the commands, from this
//! one table, so the sheet cannot leave one out.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::{KeyNames, Shortcut};

/// A key the focused control answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum ControlKey {
    /// Tab and Shift+Tab.
    MoveFocus,
    /// The arrows on the years slider.
    SliderStep,
    /// ←/→ on a radio of a group ("My plan"'s choices).
    ChoiceStep,
    /// Space and Enter on a legend entry, a toggle or a button.
    Press,
}

const fn key(key: Key) -> Shortcut {
    Shortcut::Key(KeyboardShortcut::new(Modifiers::NONE, key))
}

impl ControlKey {
    /// Every control key, in the sheet's order.
    pub fn all() -> impl Iterator<Item = Self> {
        <Self as strum::IntoEnumIterator>::iter()
    }

    /// The keys, in the order the sheet writes them.
    #[must_use]
    pub fn keys(self) -> &'static [Shortcut] {
        const MOVE_FOCUS: [Shortcut; 2] = [
            key(Key::Tab),
            Shortcut::Key(KeyboardShortcut::new(Modifiers::SHIFT, Key::Tab)),
        ];
        const SLIDER_STEP: [Shortcut; 4] = [
            key(Key::ArrowLeft),
            key(Key::ArrowRight),
            key(Key::ArrowDown),
            key(Key::ArrowUp),
        ];
        const CHOICE_STEP: [Shortcut; 2] = [key(Key::ArrowLeft), key(Key::ArrowRight)];
        const PRESS: [Shortcut; 2] = [key(Key::Space), key(Key::Enter)];
        match self {
            Self::MoveFocus => &MOVE_FOCUS,
            Self::SliderStep => &SLIDER_STEP,
            Self::ChoiceStep => &CHOICE_STEP,
            Self::Press => &PRESS,
        }
    }

    /// The keys as the sheet shows them with `names` ("Space or Enter", "←, →, ↓ or ↑").
    #[must_use]
    pub fn keys_text(self, names: KeyNames) -> String {
        let texts: Vec<String> = self.keys().iter().map(|k| k.text(names)).collect();
        match texts.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => texts.concat(),
        }
    }

    /// What they do, as the sheet says it.
    #[must_use]
    pub fn description(self) -> &'static str {
        match self {
            Self::MoveFocus => "Move to the next or the previous control",
            Self::SliderStep => "On the years slider: half a year less or more",
            Self::ChoiceStep => "On a choice: pick the one before or after it",
            Self::Press => {
                "On a chart's legend entry: show or hide its series; on a choice: pick it; on a toggle or button: press it"
            }
        }
    }
}
