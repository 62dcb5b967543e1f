//! What a view may read, and where it sends what it wants changed: views never see the app.

use crate::{
    command::{Command, Commands},
    jobs::Toast,
    model::{Guide, Section},
    present::{Plan, Presentation},
    search::SearchIndex,
    state::UiState,
};

use super::{banner::Banner, reader::Place};

/// Read-only access to the guide, what is derived from it and the remembered UI state, plus the
/// command sink. Built by the app each frame.
pub struct ViewContext<'a> {
    /// What is shown of the data, derived once: charts, tables, notes, legends, key facts.
    pub present: &'a Presentation,
    pub search_index: &'a SearchIndex,
    pub state: &'a UiState,
    /// What is open: a section of the guide, or the plan.
    pub place: Place,
    /// The reader's plan, derived from their answers (`state.answers`).
    pub plan: &'a Plan,
    /// Problems found in a `--data` directory, if any.
    pub banner: Option<&'a Banner>,
    /// Whether an export is running (export menus are disabled meanwhile).
    pub export_running: bool,
    /// The last export's outcome, if still shown.
    pub toast: Option<&'a Toast>,
    pub commands: &'a mut Commands,
}

impl<'a> ViewContext<'a> {
    /// Queues `command`; the app applies it after the frame.
    pub fn send(&mut self, command: Command) {
        self.commands.send(command);
    }

    /// The open section, `None` while the plan is open (borrowed from the guide, not from the
    /// context, so views can send commands while drawing it).
    #[must_use]
    pub fn section(&self) -> Option<&'a Section> {
        match self.place {
            Place::Section(index) => self.present.guide().text.sections.get(index),
            Place::Plan => None,
        }
    }

    /// The data shown (borrowed from the presentation, as [`Self::section`]).
    #[must_use]
    pub fn guide(&self) -> &'a Guide {
        self.present.guide()
    }
}
