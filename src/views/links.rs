//! Links to the organisations the guide names: their names in the text open their official
//! sites, and "Where to go next" lists them. Only `http(s)` addresses are ever opened
//! (`model::web_address`).

use std::ops::Range;

use egui::{RichText, Ui, text::LayoutJob};

use super::{a11y, found::Finder, text};
use crate::{
    model::Organisation,
    search::Part,
    tokens::{Tokens, size},
};

/// A link that wraps like the text around it (egui's `Hyperlink` does not wrap): `text` in the
/// link colour, underlined, opening `url`; `name` is what a screen reader calls it.
pub fn link_ui(ui: &mut Ui, text: RichText, url: &str, name: &str) -> egui::Response {
    let color = ui.visuals().hyperlink_color;
    let response = ui
        .add(
            egui::Label::new(text.color(color).underline())
                .wrap()
                .sense(egui::Sense::click()),
        )
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    let response = a11y::hover_text(response, url);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, name));
    // A label draws no focus ring of its own: the keyboard's place must show.
    super::focus::ring_if_focused(ui, &response);
    if response.clicked() {
        ui.ctx().open_url(egui::OpenUrl::new_tab(url));
    }
    response
}

/// Where in `text` each organisation with a site is named in full, in order: its byte range
/// (to cut the text) and its character range (what a galley's cursor counts), with its site.
fn named<'a>(text: &str, organisations: &'a [Organisation]) -> Vec<(Range<usize>, Range<usize>, &'a str)> {
    let mut found = Vec::new();
    for organisation in organisations {
        let Some(url) = organisation.web_link() else {
            continue;
        };
        let name = organisation.full_name();
        for (byte, _) in text.match_indices(&name) {
            let start = text[..byte].chars().count();
            found.push((byte..byte + name.len(), start..start + name.chars().count(), url));
        }
    }
    found.sort_by_key(|(bytes, _, _)| bytes.start);
    found
}

/// A paragraph of body text whose organisation names open their sites (the paragraph's other
/// words stay selectable text, as in [`text::paragraph_ui`]).
pub fn paragraph_ui(ui: &mut Ui, body: &str, organisations: &[Organisation]) {
    linked_text_ui(ui, body, organisations);
    ui.add_space(size::PARAGRAPH_GAP);
}

/// Body text, wrapped, with the organisation names in it as links.
pub fn linked_text_ui(ui: &mut Ui, body: &str, organisations: &[Organisation]) {
    let links = named(body, organisations);
    let tokens = Tokens::of(ui);
    if links.is_empty() {
        ui.add(egui::Label::new(RichText::new(body).size(size::BODY).color(tokens.text)).wrap());
        return;
    }
    let font = egui::FontId::proportional(size::BODY);
    let plain = egui::TextFormat::simple(font.clone(), tokens.text);
    let link = egui::TextFormat {
        underline: egui::Stroke::new(1.0, ui.visuals().hyperlink_color),
        ..egui::TextFormat::simple(font, ui.visuals().hyperlink_color)
    };
    let mut job = LayoutJob::default();
    let mut at = 0;
    for (bytes, _, _) in &links {
        if bytes.start < at {
            continue;
        }
        job.append(&body[at..bytes.start], 0.0, plain.clone());
        job.append(&body[bytes.clone()], 0.0, link.clone());
        at = bytes.end;
    }
    job.append(&body[at..], 0.0, plain);
    job.wrap.max_width = ui.available_width();
    let galley = ui.ctx().fonts_mut(|fonts| fonts.layout_job(job));
    // Clickable for the pointer, but no Tab stop: a keyboard reaches the links in "Where to go
    // next", not a whole paragraph that does nothing on Enter.
    let response = ui.add(egui::Label::new(galley.clone()).sense(egui::Sense::CLICK));
    let Some(pointer) = response.hover_pos() else {
        return;
    };
    let index = galley.cursor_from_pos(pointer - response.rect.min).index.0;
    let Some((_, _, url)) = links.iter().find(|(_, chars, _)| chars.contains(&index)) else {
        return;
    };
    ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    if response.clicked() {
        ui.ctx().open_url(egui::OpenUrl::new_tab(*url));
    }
    a11y::hover_text(response, *url);
}

/// "Where to go next": each organisation, its name a link to its site, and what it does.
pub fn organisations_ui(ui: &mut Ui, organisations: &[Organisation], finder: &mut Finder) {
    let tokens = Tokens::of(ui);
    a11y::list_ui(ui, |ui| {
        for (index, organisation) in organisations.iter().enumerate() {
            finder.part_ui(ui, Part::Item(index), |ui| {
                organisation_ui(ui, organisation, &tokens);
            });
        }
    });
    text::caption_ui(
        ui,
        "Each name opens the organisation's own site in your browser; check its current requirements there.",
    );
}

/// One organisation of "Where to go next": its name as a link, what it does under it.
fn organisation_ui(ui: &mut Ui, organisation: &Organisation, tokens: &Tokens) {
    ui.horizontal_wrapped(|ui| {
        a11y::list_item(ui);
        let name = organisation.full_name();
        let text = RichText::new(&name).size(size::BODY).strong();
        match organisation.web_link() {
            Some(url) => {
                link_ui(ui, text, url, &name);
            }
            None => {
                ui.label(text.color(tokens.text_strong));
            }
        }
    });
    ui.add(
        egui::Label::new(
            RichText::new(&organisation.about)
                .size(size::BODY)
                .color(tokens.text),
        )
        .wrap(),
    );
    ui.add_space(size::PARAGRAPH_GAP);
}
