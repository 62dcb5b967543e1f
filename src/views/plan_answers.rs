//! The plan's questions: where the reader starts (the guide's two ways in), their years of
//! experience and pay, and each skill, certification and step as a three-way choice, grouped as
//! the guide groups them, with the guide's one-line description on demand.

use std::collections::BTreeSet;

use egui::{RichText, Ui};

use super::{a11y, radio_group, text};
use crate::{
    model::{
        Answers, Choice,
        readiness::{Route, Step},
    },
    tokens::{Tokens, size},
};

/// Below this width the three choices go under the item's name instead of beside it.
const SIDE_BY_SIDE_MIN: f32 = 520.0;

/// Which items show the guide's description (by item id).
pub type Expanded = BTreeSet<String>;

/// Where the reader starts: one radio group of the guide's ways in, each with its time in the
/// guide's words.
pub fn route_ui(ui: &mut Ui, routes: &[Route], answers: &mut Answers) {
    text::heading_ui(ui, "Where I start", text::Level::Heading);
    ui.scope(|ui| {
        a11y::set_role(ui, egui::accesskit::Role::RadioGroup, Some("Where I start"));
        let mut radios = Vec::with_capacity(routes.len());
        for route in routes {
            let chosen = answers.route.as_deref() == Some(route.id.as_str());
            let response = radio_group::radio_ui(ui, chosen, RichText::new(&route.name).size(size::BODY));
            if response.clicked() && !chosen {
                answers.route = Some(route.id.clone());
            }
            radios.push(response);
            ui.indent(("route_time", &route.id), |ui| {
                text::caption_ui(ui, &route.description);
                text::caption_ui(ui, &format!("Time the guide gives: {}", route.stated));
            });
            ui.add_space(4.0);
        }
        if let Some(route) = radio_group::arrow_pick(ui, &radios).and_then(|i| routes.get(i)) {
            answers.route = Some(route.id.clone());
        }
    });
}

/// One group's items (a heading with its count, then each item as a radio group named after
/// it); `descriptions` holds the items whose description is shown.
pub fn group_ui(
    ui: &mut Ui,
    group: &crate::present::GroupGap,
    answers: &mut Answers,
    descriptions: &mut Expanded,
) {
    text::heading_ui(ui, &group.title, text::Level::Heading);
    text::caption_ui(ui, &format!("{} · {}", group.count_line, group.detail_line));
    ui.add_space(4.0);
    for item in &group.items {
        item_ui(ui, &item.id, &item.name, &item.description, answers, descriptions);
    }
}

/// The steps of "How to become one" as items of their own group.
pub fn steps_ui(ui: &mut Ui, steps: &[Step], answers: &mut Answers, descriptions: &mut Expanded) {
    text::heading_ui(ui, "Steps into the job", text::Level::Heading);
    for step in steps {
        item_ui(
            ui,
            &step.id,
            &step.title,
            &step.description,
            answers,
            descriptions,
        );
    }
}

/// One item: its name, a "?" that shows the guide's description, and the three choices as one
/// radio group named after the item.
fn item_ui(
    ui: &mut Ui,
    id: &str,
    name: &str,
    description: &str,
    answers: &mut Answers,
    descriptions: &mut Expanded,
) {
    let tokens = Tokens::of(ui);
    let side_by_side = ui.available_width() >= SIDE_BY_SIDE_MIN;
    let choices_width = 270.0;
    let shown = descriptions.contains(id);
    let mut toggle = false;
    let name_ui = |ui: &mut Ui, toggle: &mut bool| {
        let question = RichText::new("?").size(size::SMALL);
        // The name wraps short of the "?" after it: a name that just fits its column would
        // otherwise push the "?" out of it, and the choices beside it out of their column.
        let question_width = egui::WidgetText::from(question.clone())
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Button,
            )
            .size()
            .x
            + 2.0 * ui.spacing().button_padding.x
            + ui.spacing().item_spacing.x;
        ui.horizontal_top(|ui| {
            let wrap_width = (ui.available_width() - question_width).max(40.0);
            ui.allocate_ui_with_layout(
                egui::vec2(wrap_width, 0.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    let label = RichText::new(name).size(size::BODY).color(tokens.text);
                    ui.add(egui::Label::new(label).wrap());
                },
            );
            let button = ui.add(egui::Button::new(question).small());
            let what = if shown { "Hide" } else { "Show" };
            let label = format!("{what} what the guide says about {name}");
            ui.ctx().accesskit_node_builder(button.id, |node| {
                node.set_label(label.as_str());
                node.set_expanded(shown);
            });
            if a11y::hover_text(button, label.clone()).clicked() {
                *toggle = true;
            }
        });
    };
    ui.scope(|ui| {
        a11y::set_role(ui, egui::accesskit::Role::RadioGroup, Some(name));
        if side_by_side {
            ui.horizontal_top(|ui| {
                let name_width = (ui.available_width() - choices_width).max(120.0);
                ui.allocate_ui_with_layout(
                    egui::vec2(name_width, 0.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_width(name_width);
                        name_ui(ui, &mut toggle);
                    },
                );
                choices_ui(ui, id, answers);
            });
        } else {
            name_ui(ui, &mut toggle);
            choices_ui(ui, id, answers);
        }
        if shown {
            ui.indent(("description", id), |ui| text::caption_ui(ui, description));
        }
    });
    if toggle && !descriptions.remove(id) {
        descriptions.insert(id.to_owned());
    }
    ui.add_space(6.0);
}

/// The three choices for item `id`; a click on the one chosen keeps it.
fn choices_ui(ui: &mut Ui, id: &str, answers: &mut Answers) {
    ui.horizontal(|ui| {
        let mut radios = Vec::with_capacity(Choice::ALL.len());
        for choice in Choice::ALL {
            let chosen = answers.choice(id) == Some(choice);
            let response = radio_group::radio_ui(ui, chosen, choice.label());
            if response.clicked() && !chosen {
                answers.set_choice(id, Some(choice));
            }
            radios.push(response);
        }
        if let Some(choice) = radio_group::arrow_pick(ui, &radios).and_then(|i| Choice::ALL.get(i)) {
            answers.set_choice(id, Some(*choice));
        }
    });
}

/// A field being typed into: its text, and the value it was last set from or to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Field<T> {
    text: String,
    value: Option<T>,
    synced: bool,
    /// Why the text is not a value, while it is not.
    problem: Option<&'static str>,
}

impl<T: Copy + PartialEq> Field<T> {
    /// Shows `value` (changed elsewhere: restored, cleared) unless the text already says it.
    fn sync(&mut self, value: Option<T>, format: impl Fn(T) -> String) {
        if !self.synced || self.value != value {
            self.text = value.map(format).unwrap_or_default();
            self.value = value;
            self.synced = true;
            self.problem = None;
        }
    }
}

/// Years of experience and the yearly pay, as text fields checked as they are typed.
pub fn experience_ui(ui: &mut Ui, years: &mut Field<f64>, pay: &mut Field<u32>, answers: &mut Answers) {
    text::heading_ui(ui, "Experience and pay", text::Level::Heading);
    years.sync(answers.years, crate::chart::years_tick);
    pay.sync(answers.pay_usd, |usd| usd.to_string());
    let years_label = "Years of experience so far";
    field_ui(
        ui,
        years_label,
        "0 for a student",
        years,
        parse_years,
        &mut answers.years,
    );
    let pay_label = "Yearly pay, current or offered (USD, optional)";
    field_ui(
        ui,
        pay_label,
        "for example 41000",
        pay,
        parse_pay,
        &mut answers.pay_usd,
    );
}

/// One labelled field; sets `answer` when the text changes to a value (`None`: emptied).
fn field_ui<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    hint: &str,
    field: &mut Field<T>,
    parse: fn(&str) -> Result<Option<T>, &'static str>,
    answer: &mut Option<T>,
) {
    let tokens = Tokens::of(ui);
    let name = ui.label(RichText::new(label).size(size::BODY).color(tokens.text));
    let response = ui.add(
        egui::TextEdit::singleline(&mut field.text)
            .hint_text(hint)
            .desired_width(180.0),
    );
    let response = response.labelled_by(name.id);
    if response.changed() {
        match parse(field.text.trim()) {
            Ok(value) => {
                field.problem = None;
                if value != field.value {
                    field.value = value;
                    *answer = value;
                }
            }
            Err(problem) => field.problem = Some(problem),
        }
    }
    if let Some(problem) = field.problem {
        let said = ui.label(
            RichText::new(problem)
                .size(size::SMALL)
                .color(tokens.warning_text),
        );
        a11y::announce(ui, &said);
    }
    ui.add_space(6.0);
}

/// Years as typed: a number, 0 or more ("2.5" for two and a half); empty for none given.
fn parse_years(text: &str) -> Result<Option<f64>, &'static str> {
    if text.is_empty() {
        return Ok(None);
    }
    match text.replace(',', ".").parse::<f64>() {
        Ok(years) if years.is_finite() && (0.0..=60.0).contains(&years) => Ok(Some(years)),
        _ => Err("Write the years as a number, 0 or more (2.5 for two and a half)."),
    }
}

/// Pay as typed: whole US dollars, with or without "$" and thousands separators; empty for none.
fn parse_pay(text: &str) -> Result<Option<u32>, &'static str> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, '$' | ',' | ' ' | '\u{a0}'))
        .collect();
    if digits.is_empty() {
        return Ok(None);
    }
    match digits.parse::<u32>() {
        Ok(usd) if usd > 0 => Ok(Some(usd)),
        _ => Err("Write the pay in whole US dollars a year, for example 41000."),
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_pay, parse_years};

    #[test]
    fn fields_read_what_people_type() {
        assert_eq!(parse_years("3"), Ok(Some(3.0)));
        assert_eq!(parse_years("2,5"), Ok(Some(2.5)));
        assert_eq!(parse_years(""), Ok(None));
        assert!(parse_years("-1").is_err());
        assert!(parse_years("three").is_err());
        assert_eq!(parse_pay("$41,000"), Ok(Some(41_000)));
        assert_eq!(parse_pay("41 000"), Ok(Some(41_000)));
        assert_eq!(parse_pay(""), Ok(None));
        assert!(parse_pay("0").is_err());
        assert!(parse_pay("41000.50").is_err());
    }
}
