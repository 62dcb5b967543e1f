//! "My plan": the reader checks themselves against the guide (where they start, their years and
//! pay, each skill, certification and step as a three-way choice), then reads the plan laid out
//! from what the presentation derives of those answers (`ctx.plan`).

use egui::{RichText, Ui};

use super::{
    ViewContext, a11y,
    plan_answers::{self, Expanded, Field},
    plan_result, text,
};
use crate::{
    command::Command,
    export::{PlanFormat, PlanPart, Target},
    jobs::ExportRequest,
    model::{Answers, readiness::PLAN_TITLE},
    tokens::{Tokens, size},
};

/// What the plan view keeps between frames: the fields as typed, the descriptions shown, the
/// clear-all confirmation, the path chart's options.
#[derive(Debug, Default)]
pub struct PlanView {
    years: Field<f64>,
    pay: Field<u32>,
    descriptions: Expanded,
    /// "Clear all answers?" is asked.
    confirming: bool,
    /// The confirmation has just opened: its safe button takes the keyboard.
    focus_confirmation: bool,
    /// Frames left to give the keyboard back to "Clear all answers…" after the confirmation.
    refocus: u8,
    pub(super) chart: super::path_chart::PathChartView,
}

impl PlanView {
    /// Whether "Clear all answers?" is being asked (it takes Esc and the keys meanwhile).
    #[must_use]
    pub fn is_confirming(&self) -> bool {
        self.confirming
    }

    /// Closes the confirmation without clearing anything.
    pub fn cancel_clear(&mut self) {
        if self.confirming {
            self.confirming = false;
            self.refocus = 3;
        }
    }
}

/// The plan view, in the reading column.
pub fn plan_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, view: &mut PlanView) {
    let tokens = Tokens::of(ui);
    text::heading_ui(ui, PLAN_TITLE, text::Level::Title);
    text::paragraph_ui(ui, crate::present::INTRO);
    ui.add_space(4.0);
    ui.label(
        RichText::new(ctx.plan.privacy)
            .size(size::BODY)
            .strong()
            .color(tokens.text_strong),
    );

    let mut answers = ctx.state.answers.clone();
    let readiness = &ctx.guide().readiness;
    plan_answers::route_ui(ui, &readiness.routes, &mut answers);
    plan_answers::experience_ui(ui, &mut view.years, &mut view.pay, &mut answers);
    for group in &ctx.plan.groups {
        plan_answers::group_ui(ui, group, &mut answers, &mut view.descriptions);
    }
    plan_answers::steps_ui(ui, &readiness.steps, &mut answers, &mut view.descriptions);
    ui.add_space(size::BLOCK_GAP);
    clear_ui(ui, view, &mut answers);
    if answers != ctx.state.answers {
        ctx.send(Command::SetAnswers(answers));
    }

    ui.add_space(size::HEADING_GAP);
    ui.separator();
    let plan = ctx.plan;
    text::heading_ui(ui, "My plan so far", text::Level::Title);
    export_ui(ui, ctx);
    plan_result::gap_ui(ui, ctx, plan);
    plan_result::steps_ui(ui, ctx, plan);
    plan_result::standing_ui(ui, plan);
    super::path_chart::path_chart_ui(ui, ctx, &mut view.chart);
    plan_result::sources_ui(ui, plan);
}

/// "Export my plan…": the plan as Markdown or a tagged PDF, through the save dialog and message
/// every export uses.
fn export_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>) {
    let running = ctx.export_running;
    let mut chosen = None;
    let menu = ui.menu_button("Export my plan…", |ui| {
        for (label, format) in [("Markdown…", PlanFormat::Markdown), ("PDF…", PlanFormat::Pdf)] {
            if ui.add_enabled(!running, egui::Button::new(label)).clicked() {
                chosen = Some(PlanPart::Document(format));
            }
        }
    });
    a11y::hover_text(menu.response, "Save your plan as a text file or a PDF to print");
    if let Some(part) = chosen {
        send_plan_export(ctx, part);
    }
}

/// Exports `part` of the plan for the answers shown.
pub(super) fn send_plan_export(ctx: &mut ViewContext<'_>, part: PlanPart) {
    let answers = std::sync::Arc::new(ctx.state.answers.clone());
    let request = ExportRequest::Save(Target::Plan(answers, part));
    ctx.send(Command::Export(request, None));
}

/// "Clear all answers…", and its confirmation: nothing is cleared until it is confirmed.
fn clear_ui(ui: &mut Ui, view: &mut PlanView, answers: &mut Answers) {
    let button = ui.add_enabled(
        !answers.is_empty(),
        egui::Button::new(RichText::new("Clear all answers…").size(size::BODY)),
    );
    let button = a11y::hover_text(button, "Forget every answer on this page, after asking");
    if button.clicked() {
        view.confirming = true;
        view.focus_confirmation = true;
    }
    if view.refocus > 0 {
        view.refocus = if button.has_focus() { 0 } else { view.refocus - 1 };
        if view.refocus > 0 {
            button.request_focus();
            ui.ctx().request_repaint();
        }
    }
    if !view.confirming {
        return;
    }
    let modal =
        egui::Modal::new(egui::Id::unique("clear_answers")).frame(super::dialogs::dialog_frame(ui.ctx()));
    let mut confirmed = false;
    let mut kept = false;
    let shown = modal.show(ui.ctx(), |ui| {
        ui.set_max_width(super::dialogs::fitted_width(ui.ctx(), 360.0));
        let title = "Clear all answers?";
        let heading = ui.label(
            RichText::new(title)
                .size(size::HEADING)
                .strong()
                .color(Tokens::of(ui).text_strong),
        );
        heading.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Heading, true, title));
        a11y::name_enclosing(ui, egui::UiKind::Modal, title);
        ui.add_space(8.0);
        text::paragraph_ui(
            ui,
            "Every choice, the way in, the years and the pay on this page are forgotten. This cannot be undone.",
        );
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let keep = ui.button(RichText::new("Keep my answers").size(size::BODY));
            // Until it holds: the modal's layer is not on top in its first pass.
            if view.focus_confirmation {
                if keep.has_focus() {
                    view.focus_confirmation = false;
                } else {
                    keep.request_focus();
                    ui.ctx().request_repaint();
                }
            }
            kept = keep.clicked();
            confirmed = ui.button(RichText::new("Clear all answers").size(size::BODY)).clicked();
        });
    });
    if confirmed {
        *answers = Answers::default();
    }
    if confirmed || kept || shown.should_close() {
        view.cancel_clear();
    }
}
