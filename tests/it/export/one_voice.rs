//! One voice: every table caption, data note, source line, legend label and key-fact figure
//! the presentation derives reads word for word the same in each output that shows it — the
//! window (its `AccessKit` text), the Markdown, the HTML, the guide PDF and the handout.

use egui_kittest::kittest::NodeT as _;
use medtech_guide::{
    export::{
        self, GuideFormat, RenderOptions,
        pdf::{self, Paper},
    },
    present::Presentation,
};

use crate::common::{self, data::present};

/// The outputs compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Window,
    Markdown,
    Html,
    GuidePdf,
    Handout,
}

use Output::{GuidePdf, Handout, Html, Markdown, Window};

/// What a phrase is compared on: its characters, without whitespace (a PDF or a window wraps
/// lines anywhere, also after a dash) and without the marks Markdown adds or escapes (`*`, `\`).
fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '\\'))
        .collect()
}

/// Every node's name and value in `harness`'s window, one per line.
fn accesskit_text(harness: &egui_kittest::Harness<'_, medtech_guide::app::GuideApp>) -> String {
    let mut all = String::new();
    let mut stack = vec![harness.root()];
    while let Some(node) = stack.pop() {
        let ak = node.accesskit_node();
        for text in [ak.label(), ak.value()].into_iter().flatten() {
            all.push_str(&text);
            all.push('\n');
        }
        stack.extend(node.children());
    }
    all
}

/// Every node's name and value in the window, over every section of the guide.
fn window_text(present: &Presentation) -> String {
    let mut all = String::new();
    for section in &present.guide().text.sections {
        // Tall enough that every section is laid out whole.
        let harness = common::app::opened(&section.id, [1600.0, 8000.0]);
        all.push_str(&accesskit_text(&harness));
    }
    all
}

/// The HTML's text: tags dropped, the entities it writes turned back into characters.
fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Each output's text, compared as [`letters`].
fn outputs(present: &Presentation) -> Vec<(Output, String)> {
    let options = RenderOptions::default();
    let markdown = export::export_guide(present, GuideFormat::Markdown, &options);
    let html = export::export_guide(present, GuideFormat::Html, &options);
    let guide_pdf = pdf::guide_pdf(present, Paper::A4).unwrap_or_else(|e| panic!("guide PDF: {e}"));
    let handout = pdf::handout_pdf(present, Paper::A4).unwrap_or_else(|e| panic!("handout: {e}"));
    vec![
        (Window, letters(&window_text(present))),
        (Markdown, letters(&markdown)),
        (Html, letters(&html_text(&html))),
        (GuidePdf, letters(&common::pdf::text_of(&guide_pdf))),
        (Handout, letters(&common::pdf::text_of(&handout))),
    ]
}

/// Each phrase the presentation derives, with what it is and the outputs that show it.
fn phrases(present: &Presentation) -> Vec<(String, String, &'static [Output])> {
    const DOCUMENTS: &[Output] = &[Window, Markdown, Html, GuidePdf];
    const CHARTS: &[Output] = &[Window, Html, GuidePdf];
    let mut out: Vec<(String, String, &'static [Output])> = Vec::new();
    let mut add = |what: &str, phrase: &str, outputs: &'static [Output]| {
        out.push((what.to_owned(), phrase.to_owned(), outputs));
    };
    for parts in [&present.salary, &present.global] {
        let table = &parts.table;
        add("table caption", &table.caption, DOCUMENTS);
        for column in &table.columns {
            add("column title", column.title, DOCUMENTS);
        }
        for cell in table.rows.iter().flatten() {
            add("table cell", cell, DOCUMENTS);
        }
        for note in &table.notes {
            add("table note", note, DOCUMENTS);
        }
        add("table source", &table.source, DOCUMENTS);
        for entry in &parts.legend {
            add("legend label", &entry.name, CHARTS);
        }
    }
    // The world chart stands above its own table in the window, which gives its notes once.
    for note in &present.salary.notes.with_sources {
        add("salary chart note", note, CHARTS);
    }
    for note in &present.global.notes.with_sources {
        add("world chart note", note, &[Html, GuidePdf]);
    }
    add("key facts caption", &present.facts_table.caption, DOCUMENTS);
    for fact in &present.facts {
        add("key fact label", fact.label, DOCUMENTS);
        add("key fact", &fact.sentence, &[Markdown, Html, GuidePdf]);
        if let Some(source) = &fact.source {
            add("key fact source", source, DOCUMENTS);
        }
        if let Some(note) = &fact.note {
            add("data note heading", &note.heading, DOCUMENTS);
            add("data note", &note.text, DOCUMENTS);
        }
    }
    for card in present.cards() {
        add("card figure", &card.figure, &[Window, Handout]);
        add("card detail", &card.detail, &[Window, Handout]);
        add("card source", card.source_cell(), &[Handout]);
    }
    for level in &present.levels {
        add("level years", &level.years, DOCUMENTS);
        add("level pay", &level.pay, DOCUMENTS);
    }
    add("levels' pay source", &present.levels_source, &[Window]);
    for entry in &present.salary.legend {
        add("handout legend label", &entry.name, &[Handout]);
    }
    for note in &present.salary.notes.without_sources {
        add("handout chart note", note, &[Handout]);
    }
    for note in &present.handout_notes {
        add("handout data note", note, &[Handout]);
    }
    for source in &present.sources {
        add("source", &source.line(), &[Handout, GuidePdf]);
    }
    for step in &present.steps.steps {
        add("step", &step.title, &[Handout]);
        if let Some(line) = &step.line {
            add("step's time and cost", line, &[Handout]);
        }
    }
    out
}

#[test]
fn every_derived_phrase_reads_the_same_in_every_output_that_shows_it() {
    let present = present();
    let outputs = outputs(&present);
    let phrases = phrases(&present);
    assert!(phrases.len() > 80, "{} phrases", phrases.len());
    let mut missing = Vec::new();
    for (what, phrase, shown_in) in &phrases {
        let needle = letters(phrase);
        if needle.is_empty() {
            continue;
        }
        for (output, text) in &outputs {
            if shown_in.contains(output) && !text.contains(&needle) {
                missing.push(format!("{output:?} lacks the {what} “{phrase}”"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The comparison finds a changed word: the test can fail.
#[test]
fn a_phrase_worded_otherwise_is_not_found() {
    let present = present();
    let markdown = letters(&export::export_guide(
        &present,
        GuideFormat::Markdown,
        &RenderOptions::default(),
    ));
    let source = &present.salary.table.source;
    assert!(markdown.contains(&letters(source)));
    assert!(!markdown.contains(&letters(&source.replace("Source:", "Sources:"))));
}

/// Every node's name and value in the window opened on "My plan" with `answers`.
fn plan_window_text(answers: &medtech_guide::model::Answers) -> String {
    let state = medtech_guide::state::UiState {
        answers: answers.clone(),
        ..Default::default()
    };
    let harness = common::app::opened_with("plan", [1600.0, 12000.0], 1.0, state);
    accesskit_text(&harness)
}

/// A reader's plan: every phrase `Plan` derives reads the same in the "My plan" view, the plan's
/// Markdown and its PDF.
#[test]
fn every_plan_phrase_reads_the_same_in_the_view_the_plan_markdown_and_pdf() {
    use medtech_guide::{
        export::{PlanFormat, PlanPart, Target},
        model::Answers,
        present::HEADINGS,
    };
    let present = present();
    let text = include_str!("../../../data/examples/answers-phlebotomist.ron");
    let answers = Answers::parse(text, "phlebotomist.ron", &present.guide().readiness)
        .unwrap_or_else(|p| panic!("{p}"));
    let plan = present.plan(&answers);
    let window = letters(&plan_window_text(&answers));
    let answers = std::sync::Arc::new(answers);
    let export = |format| {
        let target = Target::Plan(answers.clone(), PlanPart::Document(format));
        export::export_target(&present, target, &RenderOptions::default(), Paper::A4)
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let markdown = letters(&String::from_utf8_lossy(&export(PlanFormat::Markdown)));
    let pdf = letters(&common::pdf::text_of(&export(PlanFormat::Pdf)));
    let steps: Vec<String> = plan
        .next_steps
        .iter()
        .map(medtech_guide::present::NextStep::heading)
        .collect();
    // Shown in all three; the answers' values only in the documents (the view has fields).
    let mut phrases: Vec<&str> = vec![plan.privacy, &plan.title];
    phrases.extend([HEADINGS.gap, HEADINGS.steps, HEADINGS.route, HEADINGS.sources]);
    for group in &plan.groups {
        phrases.extend([group.count_line.as_str(), &group.detail_line]);
        phrases.extend(group.missing.iter().flat_map(|i| [i.name.as_str(), &i.link.text]));
    }
    phrases.extend(steps.iter().map(String::as_str));
    phrases.extend(plan.next_steps.iter().map(|s| s.line.as_str()));
    if let Some(route) = &plan.route {
        phrases.extend([route.summary.as_str(), &route.cost_note]);
    }
    if let Some(words) = &plan.standing {
        phrases.extend([HEADINGS.pay, &words.heading]);
        phrases.extend(words.lines.iter().flat_map(|l| [l.text.as_str(), &l.source]));
        phrases.extend(words.notes.iter().map(String::as_str));
    }
    phrases.extend(plan.path_parts.notes.without_sources.iter().map(String::as_str));
    phrases.extend(plan.sources.iter().map(String::as_str));
    assert!(phrases.len() > 40, "{} phrases", phrases.len());
    let mut missing = Vec::new();
    for phrase in &phrases {
        for (output, text) in [("view", &window), ("Markdown", &markdown), ("PDF", &pdf)] {
            if !text.contains(&letters(phrase)) {
                missing.push(format!("the plan {output} lacks “{phrase}”"));
            }
        }
    }
    for (_, value) in &plan.answers {
        for (output, text) in [("Markdown", &markdown), ("PDF", &pdf)] {
            if !text.contains(&letters(value)) {
                missing.push(format!("the plan {output} lacks the answer “{value}”"));
            }
        }
    }
    // The path chart's table is the Markdown's; the PDF draws it as the figure.
    for cell in plan.path_parts.table.rows.iter().flatten() {
        if !markdown.contains(&letters(cell)) {
            missing.push(format!("the plan Markdown lacks the path cell “{cell}”"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
