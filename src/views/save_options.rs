//! The save dialog's choices, as the command line offers them: a chart's size in pixels and
//! theme, the printed documents' paper; only those the format being saved uses.

use egui::Ui;

use crate::export::{ExportSettings, ExportTheme, MAX_SIZE, MIN_SIZE, Offered, pdf::Paper};

/// Shows the choices `offered` allows, changing `settings` as they are made; nothing for a
/// format that has none (CSV).
pub fn options_ui(ui: &mut Ui, offered: Offered, settings: &mut ExportSettings) {
    if offered == Offered::default() {
        return;
    }
    ui.add_space(8.0);
    egui::Grid::new("save_options")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            if offered.size {
                ui.label("Size");
                ui.horizontal(|ui| {
                    size_ui(ui, "Width", &mut settings.width);
                    size_ui(ui, "Height", &mut settings.height);
                    ui.label("pixels");
                });
                ui.end_row();
            }
            if offered.theme {
                ui.label("Theme");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut settings.theme, None, "As the window");
                    ui.radio_value(&mut settings.theme, Some(ExportTheme::Light), "Light");
                    ui.radio_value(&mut settings.theme, Some(ExportTheme::Dark), "Dark");
                });
                ui.end_row();
            }
            if offered.paper {
                ui.label("Paper");
                ui.horizontal(|ui| {
                    // Until one is chosen, the locale's is shown (and used).
                    let mut paper = settings.paper();
                    for choice in Paper::ALL {
                        ui.radio_value(&mut paper, choice, paper_label(choice));
                    }
                    if paper != settings.paper() {
                        settings.paper = Some(paper);
                    }
                });
                ui.end_row();
            }
        });
}

/// One dimension, named `name` for assistive technology, kept within the sizes exports allow.
fn size_ui(ui: &mut Ui, name: &str, value: &mut u32) {
    let label = ui.label(name);
    ui.add(egui::DragValue::new(value).range(MIN_SIZE..=MAX_SIZE).speed(10.0))
        .labelled_by(label.id);
}

fn paper_label(paper: Paper) -> &'static str {
    match paper {
        Paper::A4 => "A4 (210 × 297 mm)",
        Paper::Letter => "Letter (8.5 × 11 in)",
    }
}
