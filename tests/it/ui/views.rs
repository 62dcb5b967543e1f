//! Views tested alone, without the app: each gets a `ViewContext` and its own state, and what it
//! sends comes back as commands.

use egui_kittest::{Harness, kittest::Queryable as _};
use std::sync::Arc;

use medtech_guide::{
    command::{Command, Commands},
    present::Presentation,
    search::SearchIndex,
    state::UiState,
    ui_command::{ControlKey, KeyNames, UiCommand},
    views::{ViewContext, dialogs, sidebar},
};

use crate::common;

/// Everything a view context borrows, owned by the test.
struct World {
    present: Arc<Presentation>,
    index: SearchIndex,
    plan: medtech_guide::present::Plan,
    state: UiState,
    commands: Commands,
    sent: Vec<Command>,
}

impl World {
    fn new() -> Self {
        let present = common::data::present();
        Self {
            index: SearchIndex::build(present.guide()),
            plan: present.plan(&medtech_guide::model::Answers::default()),
            present,
            state: UiState::default(),
            commands: Commands::default(),
            sent: Vec::new(),
        }
    }

    /// Runs `view` with a context over this world, keeping what it sends.
    fn show(&mut self, ui: &mut egui::Ui, view: impl FnOnce(&mut egui::Ui, &mut ViewContext<'_>)) {
        let mut ctx = ViewContext {
            present: &self.present,
            search_index: &self.index,
            state: &self.state,
            place: medtech_guide::views::Place::Section(0),
            plan: &self.plan,
            banner: None,
            export_running: false,
            toast: None,
            commands: &mut self.commands,
        };
        view(ui, &mut ctx);
        self.sent.extend(self.commands.take());
    }
}

#[test]
fn the_sidebar_alone_sends_the_section_clicked() {
    let mut ids = Vec::new();
    let mut harness = Harness::new_ui_state(
        move |ui, world: &mut World| world.show(ui, |ui, ctx| sidebar::sidebar_ui(ui, ctx, &mut ids)),
        World::new(),
    );
    harness.run();
    harness.get_by_label("Career path").click();
    harness.run();
    let career = harness.state().present.guide().section_index("career-path");
    assert_eq!(career, Some(6));
    assert!(
        harness.state().sent.contains(&Command::SelectSection(6)),
        "{:?}",
        harness.state().sent
    );
}

#[test]
fn the_shortcut_sheet_lists_every_command_with_a_shortcut() {
    let mut harness = Harness::builder().with_size([800.0, 1000.0]).build_ui_state(
        |ui, world: &mut World| {
            world.show(ui, |ui, ctx| {
                dialogs::dialog_ui(
                    ui,
                    ctx,
                    dialogs::Dialog::Shortcuts,
                    &mut dialogs::DialogFocus::default(),
                );
            });
        },
        World::new(),
    );
    harness.run();
    let mut listed = 0;
    for command in UiCommand::all() {
        let keys = command.all_shortcuts_text(KeyNames::NAMES);
        if keys.is_empty() {
            continue;
        }
        harness.get_by_label(&keys);
        harness.get_by_label(command.description());
        listed += 1;
    }
    assert_eq!(listed, 18, "every command with a shortcut has a row");
    // Then the keys the focused control answers to: Tab, the slider's arrows, Space and Enter.
    for key in ControlKey::all() {
        harness.get_by_label(&key.keys_text(KeyNames::NAMES));
        harness.get_by_label(key.description());
    }
    harness.get_by_label("←, →, ↓ or ↑");
    harness.get_by_label("← or →");
    harness.get_by_label("Space or Enter");
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.state().sent.contains(&Command::CloseDialog));
}
