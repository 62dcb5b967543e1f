//! "My plan": the reader checks themselves against the guide (each skill, certification and
//! step as a three-way choice, where they start, their years and pay), and the plan laid out
//! from what the presentation derives of those answers.

use egui::Ui;

use super::{ViewContext, text};
use crate::model::readiness::PLAN_TITLE;

/// What the plan view keeps between frames.
#[derive(Debug, Default)]
pub struct PlanView {}

/// The plan view, in the reading column.
pub fn plan_ui(ui: &mut Ui, _ctx: &mut ViewContext<'_>, _view: &mut PlanView) {
    text::heading_ui(ui, PLAN_TITLE, text::Level::Title);
}
