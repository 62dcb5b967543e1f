//! The keyboard shortcut sheet and the About dialog.

use egui::{RichText, Ui};

use super::{ViewContext, a11y, a11y::TableA11y, text};
use crate::{
    command::Command,
    model::Guide,
    tokens::{Tokens, size},
    ui_command::{ControlKey, KeyNames, UiCommand},
};

/// Which dialog is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialog {
    Shortcuts,
    About,
}

/// The dialogs' inner margin, the same on every side, in points.
const DIALOG_MARGIN: i8 = 20;

/// The width of a dialog's content, in points.
const DIALOG_WIDTH: f32 = 460.0;

/// Every dialog's frame: the same margin on every side, and room to breathe.
pub fn dialog_frame(ctx: &egui::Context) -> egui::Frame {
    egui::Frame::popup(&ctx.global_style()).inner_margin(egui::Margin::same(DIALOG_MARGIN))
}

/// How wide a dialog's content may be in this window: `wanted`, or less where the window (a
/// small one, a large zoom) leaves less room beside the dialog's frame and margins.
#[must_use]
pub fn fitted_width(ctx: &egui::Context, wanted: f32) -> f32 {
    // Both margins, the frame's own, and a little of the window showing on either side.
    let beside = 2.0 * f32::from(DIALOG_MARGIN) + 24.0;
    wanted.min(ctx.content_rect().width() - beside).max(120.0)
}

/// How tall a dialog's scrolling part may be: the window's height less room for its title,
/// buttons and margins, so the buttons always show.
#[must_use]
pub fn fitted_height(ctx: &egui::Context) -> f32 {
    (ctx.content_rect().height() - 160.0).max(80.0)
}

/// A dialog's title: a heading with no space above it (the margin is the space).
fn title_ui(ui: &mut Ui, text: &str) {
    let tokens = Tokens::of(ui);
    let response = ui.add(egui::Label::new(
        RichText::new(text)
            .size(size::HEADING)
            .strong()
            .color(tokens.text_strong),
    ));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Heading, true, text));
    a11y::name_enclosing(ui, egui::UiKind::Modal, text);
    ui.add_space(10.0);
}

/// Where keyboard focus goes around a dialog: into it when it opens (`give`), and back to the
/// control that had it (`return_to`) when it closes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DialogFocus {
    give: bool,
    return_to: Option<egui::Id>,
    /// Set when the dialog has closed: given back at the start of the next frames until it
    /// holds (egui keeps the closed modal's layer on top for a pass, refusing focus below it),
    /// with the frames left to try.
    restore: Option<(egui::Id, u8)>,
}

/// The dialog open over the window (the shortcut sheet, About), if one is, and the keyboard
/// around it: into it when it opens, back to the control that had it when it closes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dialogs {
    open: Option<Dialog>,
    focus: DialogFocus,
}

impl Dialogs {
    /// Opens `dialog` (in place of one already open) with the keyboard in it, remembering who
    /// had the keyboard before the first was opened.
    pub fn open(&mut self, ctx: &egui::Context, dialog: Dialog) {
        if self.open.is_none() {
            self.focus.return_to = ctx.memory(egui::Memory::focused);
        }
        self.open = Some(dialog);
        self.focus.give = true;
    }

    /// Closes the dialog, if one is open, and gives the keyboard back to the control that had
    /// it.
    pub fn close(&mut self, ctx: &egui::Context) {
        let restore = if self.open.take().is_some() {
            self.focus.return_to.take().map(|id| (id, 3))
        } else {
            None
        };
        self.focus = DialogFocus {
            restore,
            ..DialogFocus::default()
        };
        if restore.is_some() {
            ctx.request_repaint();
        }
    }

    /// Closes the dialog without giving the keyboard back: something else is taking it.
    pub fn dismiss(&mut self) {
        self.open = None;
    }

    /// Whether a dialog is open.
    #[must_use]
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// At the start of a frame: gives the keyboard back to the control that had it before the
    /// dialog closed, until it holds.
    pub(super) fn give_back_focus(&mut self, ctx: &egui::Context) {
        if let Some((id, tries)) = self.focus.restore.take()
            && !ctx.memory(|m| m.has_focus(id))
            && tries > 0
        {
            ctx.memory_mut(|m| m.request_focus(id));
            self.focus.restore = Some((id, tries - 1));
            ctx.request_repaint();
        }
    }

    /// Draws the open dialog, if one is.
    pub(super) fn ui(&mut self, ui: &mut Ui, ctx: &mut ViewContext<'_>) {
        if let Some(dialog) = self.open {
            dialog_ui(ui, ctx, dialog, &mut self.focus);
        }
    }
}

pub fn dialog_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, dialog: Dialog, focus: &mut DialogFocus) {
    let egui_ctx = ui.ctx().clone();
    let response = egui::Modal::new(egui::Id::unique("dialog"))
        .frame(dialog_frame(&egui_ctx))
        .show(&egui_ctx, |ui| {
            ui.set_width(fitted_width(&egui_ctx, DIALOG_WIDTH));
            let contents = |ui: &mut Ui| match dialog {
                Dialog::Shortcuts => shortcuts_ui(ui),
                Dialog::About => about_ui(ui, ctx.guide()),
            };
            // Where the window is too short for it (a small screen, a large zoom) the content
            // scrolls inside the dialog, so its Close button stays in view; where the window
            // holds it, it does not. Decided from the content's height as last drawn.
            let measured = egui::Id::unique(("dialog_content_height", dialog));
            let limit = fitted_height(&egui_ctx);
            let last: f32 = egui_ctx.data(|d| d.get_temp(measured)).unwrap_or(0.0);
            let height = if last > limit {
                egui::ScrollArea::vertical()
                    .max_height(limit)
                    .auto_shrink([false, true])
                    .show(ui, contents)
                    .content_size
                    .y
            } else {
                ui.scope(contents).response.rect.height()
            };
            egui_ctx.data_mut(|d| d.insert_temp(measured, height));
            ui.add_space(10.0);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let close = ui.button("Close");
                // Opened: the keyboard is in the dialog (Enter or Space closes it, Tab moves on).
                if std::mem::take(&mut focus.give) {
                    close.request_focus();
                }
                close.clicked()
            })
            .inner
        });
    if response.inner || response.should_close() {
        ctx.send(Command::CloseDialog);
    }
}

fn shortcuts_ui(ui: &mut Ui) {
    title_ui(ui, "Keyboard shortcuts");
    let tokens = Tokens::of(ui);
    let keys_width = 120.0;
    let spacing = 16.0;
    // The description column fills the rest, so each stripe spans the whole row.
    let description_width = (ui.available_width() - keys_width - spacing).max(0.0);
    egui::Grid::new("shortcuts")
        .striped(true)
        .min_col_width(keys_width)
        .spacing([spacing, 6.0])
        .show(ui, |ui| {
            let mut table = TableA11y::new(ui, "Shortcut keys", false);
            let names = KeyNames::of(ui.ctx());
            let commands = UiCommand::all().map(|c| (c.all_shortcuts_text(names), c.description()));
            let controls = ControlKey::all().map(|k| (k.keys_text(names), k.description()));
            for (keys, description) in commands.chain(controls) {
                if keys.is_empty() {
                    continue;
                }
                table.row(ui);
                table.cell_ui(ui, |ui| {
                    ui.label(RichText::new(keys).monospace().color(tokens.text_strong))
                });
                table.cell_ui(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.set_min_width(description_width);
                        ui.add(egui::Label::new(description).wrap());
                    });
                });
                ui.end_row();
            }
            table.finish(ui);
        });
}

fn about_ui(ui: &mut Ui, guide: &Guide) {
    title_ui(ui, "About medtech-guide");
    text::paragraph_ui(
        ui,
        &format!(
            "Version {}. The {}, offline, with charts of salary by experience and salaries around the world.",
            env!("CARGO_PKG_VERSION"),
            guide.text.title
        ),
    );
    text::heading_ui(ui, "Main source", text::Level::Subheading);
    text::paragraph_ui(
        ui,
        &format!(
            "{}. {}",
            crate::model::GUIDE_CITATION,
            crate::model::GUIDE_PROVENANCE
        ),
    );
    text::heading_ui(ui, "Data sources", text::Level::Subheading);
    a11y::list_ui(ui, |ui| {
        for (label, link) in about_sources(guide) {
            source_ui(ui, &label, link.as_deref());
        }
    });
    text::heading_ui(ui, "Licence", text::Level::Subheading);
    ui.label(RichText::new(format!("{} (code).", env!("CARGO_PKG_LICENSE"))).size(size::BODY));
    text::caption_ui(
        ui,
        &format!(
            "Source: {}. Its text is rewritten here in our own words; its facts and figures are as \
             published, with a data note wherever one differs from the body it cites.",
            crate::model::GUIDE_CITATION
        ),
    );
}

/// The sources About lists, in order, each once: its words and, where the data names a web page
/// for it (http(s) only), the page.
#[must_use]
pub fn about_sources(guide: &Guide) -> Vec<(String, Option<String>)> {
    let facts = &guide.text.key_facts;
    let mut sources: Vec<(String, Option<String>)> = [
        ("Median salary", &facts.median_salary.source),
        ("Growth outlook", &facts.growth.source),
        ("Annual openings", &facts.annual_openings.source),
        ("Salary by experience", &guide.salary.source),
        ("Salaries around the world", &guide.global.source),
    ]
    .into_iter()
    .map(|(what, source)| {
        (
            format!("{what}: {}", source.label()),
            source.web_link().map(str::to_owned),
        )
    })
    .collect();
    for (_, note) in facts.notes() {
        if let Some(source) = &note.checked_against {
            sources.push((
                format!("Checked against: {}", source.label()),
                source.web_link().map(str::to_owned),
            ));
        }
    }
    sources.dedup();
    sources
}

/// One source as a bullet: a link to its page where it has one, else plain text.
fn source_ui(ui: &mut Ui, label: &str, link: Option<&str>) {
    let tokens = Tokens::of(ui);
    ui.horizontal_top(|ui| {
        a11y::list_item(ui);
        let marker = ui.add_sized(
            [18.0, size::BODY + 4.0],
            egui::Label::new(RichText::new("•").size(size::BODY).color(tokens.text_muted)),
        );
        a11y::hide(ui, marker.id);
        let text = RichText::new(label).size(size::BODY);
        match link {
            // A link that wraps like the other sources (egui's Hyperlink does not wrap).
            Some(url) => {
                super::links::link_ui(ui, text, url, label);
            }
            None => {
                ui.add(egui::Label::new(text.color(tokens.text)).wrap());
            }
        }
    });
    ui.add_space(4.0);
}
