//! The reader's plan in the window: their answers (kept with the UI state) and the plan derived
//! from them, again whenever the answers or the data change.

use super::GuideApp;
use crate::{
    model::{Answers, Guide},
    state::UiState,
};

impl GuideApp {
    /// Takes `answers` as the reader's (saved with the state) and derives their plan again.
    pub(super) fn set_answers(&mut self, answers: Answers) {
        if answers != self.state.answers {
            self.state.answers = answers;
            self.refresh_plan();
        }
    }

    /// Derives the plan again from the presentation shown and the answers.
    pub(super) fn refresh_plan(&mut self) {
        self.plan = self.present.plan(&self.state.answers);
    }
}

/// Restored answers that do not fit the data (damaged, from another version, naming items the
/// data lacks) are reported once, on standard error as the saved state is, and start empty.
pub(super) fn check_answers(state: &mut UiState, guide: &Guide) {
    if !state.answers.fits(&guide.readiness) {
        super::persistence::log_warning(
            "ignoring the saved answers of My plan: they do not fit the readiness data (another version, or edited); starting with none",
        );
        state.answers = Answers::default();
    }
}
