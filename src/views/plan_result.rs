//! The plan, laid out from [`Plan`] alone: the gap per group with its counts, each missing item
//! linking to where the guide covers it; the next steps with the guide's durations and costs and
//! the total for the way in chosen; where the reader's pay falls, each figure with its source and
//! the notes that apply.

use egui::{RichText, Ui};

use super::{ViewContext, a11y, text};
use crate::{
    command::Command,
    present::{GroupGap, GuideLink, HEADINGS, LEARNING, MISSING, NO_YEARS, NextStep, Plan, StandingWords},
    tokens::{Tokens, size},
};

/// The gap, one group after another.
pub fn gap_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, plan: &Plan) {
    text::heading_ui(ui, HEADINGS.gap, text::Level::Heading);
    for group in &plan.groups {
        group_gap_ui(ui, ctx, group);
    }
}

fn group_gap_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, group: &GroupGap) {
    let tokens = Tokens::of(ui);
    ui.add_space(6.0);
    ui.label(
        RichText::new(&group.count_line)
            .size(size::SUBHEADING)
            .strong()
            .color(tokens.text_strong),
    );
    text::caption_ui(ui, &group.detail_line);
    if !group.learning.is_empty() {
        let names: Vec<&str> = group.learning.iter().map(|i| i.name.as_str()).collect();
        text::paragraph_ui(ui, &format!("{LEARNING}: {}", names.join(", ")));
    }
    if group.missing.is_empty() {
        return;
    }
    text::paragraph_ui(ui, &format!("{MISSING}:"));
    a11y::list_ui(ui, |ui| {
        for item in &group.missing {
            ui.horizontal_wrapped(|ui| {
                a11y::list_item(ui);
                ui.label(
                    RichText::new(format!("• {}", item.name))
                        .size(size::BODY)
                        .color(tokens.text),
                );
                guide_link_ui(ui, ctx, &item.link, &item.name);
            });
        }
    });
}

/// A link to where the guide covers `what`: opens that section there, scrolled to and marked.
fn guide_link_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, link: &GuideLink, what: &str) {
    let text = RichText::new(&link.text).size(size::SMALL);
    // Broken over two lines, a link is two widgets: Tab stops on its second line too, which
    // shows no ring and says nothing. Where it does not fit the rest of the line, it starts
    // the next.
    if ui.layout().main_wrap() {
        let width = egui::WidgetText::from(text.clone())
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            )
            .size()
            .x;
        if width > ui.available_size_before_wrap().x {
            ui.end_row();
        }
    }
    let response = ui.link(text);
    super::focus::ring_if_focused(ui, &response);
    let name = format!("{} (about {what})", link.text);
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(name.as_str()));
    if a11y::hover_text(response, "Open the guide where it says this").clicked() {
        ctx.send(Command::OpenInGuide {
            section: link.section.clone(),
            block: link.block_index,
            item: link.item_index,
        });
    }
}

/// The steps still ahead, then the way in's total (or what to choose for one).
pub fn steps_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, plan: &Plan) {
    text::heading_ui(ui, HEADINGS.steps, text::Level::Heading);
    if let Some(done) = &plan.steps_done {
        text::paragraph_ui(ui, done);
    }
    for step in &plan.next_steps {
        next_step_ui(ui, ctx, step);
    }
    ui.add_space(8.0);
    let tokens = Tokens::of(ui);
    if let Some(route) = &plan.route {
        ui.label(
            RichText::new(HEADINGS.route)
                .size(size::SUBHEADING)
                .strong()
                .color(tokens.text_strong),
        );
        text::paragraph_ui(ui, &route.summary);
        text::caption_ui(ui, &route.cost_note);
        if let Some(note) = &route.note {
            text::caption_ui(ui, note);
        }
    } else if let Some(no_route) = &plan.no_route {
        text::paragraph_ui(ui, no_route);
    }
}

fn next_step_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, step: &NextStep) {
    let tokens = Tokens::of(ui);
    ui.add_space(6.0);
    let heading = step.heading();
    ui.scope(|ui| {
        a11y::set_role(ui, egui::accesskit::Role::Group, Some(heading.as_str()));
        ui.label(
            RichText::new(&heading)
                .size(size::BODY)
                .strong()
                .color(tokens.text_strong),
        );
        text::paragraph_ui(ui, &step.line);
        guide_link_ui(ui, ctx, &step.link, &step.title);
    });
}

/// Where the pay falls: each line with its note marks and its source, then the notes.
pub fn standing_ui(ui: &mut Ui, plan: &Plan) {
    text::heading_ui(ui, HEADINGS.pay, text::Level::Heading);
    match &plan.standing {
        Some(words) => standing_words_ui(ui, words),
        None => text::paragraph_ui(ui, NO_YEARS),
    }
}

fn standing_words_ui(ui: &mut Ui, words: &StandingWords) {
    let tokens = Tokens::of(ui);
    ui.label(
        RichText::new(&words.heading)
            .size(size::BODY)
            .strong()
            .color(tokens.text_strong),
    );
    let mut previous: Option<&str> = None;
    for line in &words.lines {
        ui.add_space(4.0);
        let marks = line
            .notes
            .iter()
            .fold(String::new(), |marks, n| marks + &format!(" [{n}]"));
        text::paragraph_ui(ui, &format!("{}: {}{marks}", line.label, line.text));
        let source = if previous == Some(line.source.as_str()) {
            "as above"
        } else {
            line.source.as_str()
        };
        text::caption_ui(ui, &format!("Source: {source}"));
        previous = Some(&line.source);
    }
    if !words.notes.is_empty() {
        ui.add_space(6.0);
        for (n, note) in words.notes.iter().enumerate() {
            text::caption_ui(ui, &format!("[{}] {note}", n + 1));
        }
    }
}

/// Where the plan's figures and items come from.
pub fn sources_ui(ui: &mut Ui, plan: &Plan) {
    text::heading_ui(ui, HEADINGS.sources, text::Level::Heading);
    for source in &plan.sources {
        text::caption_ui(ui, source);
    }
}
