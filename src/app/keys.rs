//! Keyboard shortcuts, from the command table ([`UiCommand`]), turned into commands. Which keys
//! apply depends on where the person is: a dialog, the search results, or the sections.

use egui::{Context, Modifiers};

use crate::{
    command::Command,
    ui_command::{Shortcut, UiCommand},
    views::{Views, top_bar::search_box_id},
};

/// Whether `shortcut` was pressed (consuming the key), or typed (for characters, only when no
/// text field has focus).
fn pressed(ctx: &Context, shortcut: Shortcut, typing: bool) -> bool {
    match shortcut {
        Shortcut::Key(keys) | Shortcut::Alias(keys) => ctx.input_mut(|i| i.consume_shortcut(&keys)),
        Shortcut::Text(text) => !typing && ctx.input(|i| i.events.contains(&egui::Event::Text(text.into()))),
    }
}

fn invoked(ctx: &Context, command: UiCommand, typing: bool) -> bool {
    command
        .shortcuts()
        .iter()
        .any(|shortcut| pressed(ctx, *shortcut, typing))
}

/// The commands the keys pressed this frame ask for.
pub(super) fn keyboard(ctx: &Context, views: &Views, section_count: usize) -> Vec<Command> {
    let mut commands = Vec::new();
    // The block a search result opened has the keyboard for a screen reader's sake; the keys act
    // as if nothing had it.
    let found = views.reader.found_focus();
    let focused = ctx.memory(egui::Memory::focused).filter(|id| Some(*id) != found);
    let typing = focused.is_some();
    // Available everywhere. Ctrl+Q (Cmd+Q) is egui's own quit shortcut (`Options::quit_shortcuts`).
    for command in [
        UiCommand::Search,
        UiCommand::ExportChart,
        UiCommand::Print,
        UiCommand::OpenDataFolder,
        UiCommand::OpenPlan,
        UiCommand::ZoomIn,
        UiCommand::ZoomOut,
        UiCommand::ZoomReset,
        UiCommand::Shortcuts,
    ] {
        if invoked(ctx, command, typing) {
            commands.push(Command::Ui(command));
        }
    }
    // Esc closes an open menu first (egui's own handling): it is not taken from it here.
    let menu_open = egui::Popup::is_any_open(ctx);
    if !menu_open && invoked(ctx, UiCommand::CloseOrCancel, typing) {
        // The top dialog closes: the save or folder dialog (over everything), else a sheet.
        if views.save_dialog.is_some() {
            commands.push(Command::CloseSaveDialog);
        } else if views.folder_dialog.is_some() {
            commands.push(Command::CloseFolderDialog);
        } else if views.dialogs.is_open() {
            commands.push(Command::CloseDialog);
        } else if views.plan.is_confirming() {
            commands.push(Command::Ui(UiCommand::CloseOrCancel));
        } else if views.search.is_active() || views.search.is_focus_requested() {
            commands.push(Command::CloseSearch);
            ctx.memory_mut(|m| m.surrender_focus(search_box_id()));
        }
    }
    if views.dialogs.is_open() || views.plan.is_confirming() {
        return commands;
    }
    if views.search.is_active() {
        search_keys(ctx, views, &mut commands);
        return commands;
    }
    for command in [UiCommand::PageUp, UiCommand::PageDown] {
        if invoked(ctx, command, typing) {
            commands.push(Command::Ui(command));
        }
    }
    // Section keys act when the sidebar, or nothing, has keyboard focus (not a slider).
    if typing || focused.is_some_and(|id| !views.is_sidebar_button(id)) {
        return commands;
    }
    let last = section_count.saturating_sub(1);
    // The plan is listed below the last section: ↑ from it opens that section, ↓ stays.
    let target = if invoked(ctx, UiCommand::Previous, typing) {
        Some(
            views
                .reader
                .section_index()
                .unwrap_or(section_count)
                .saturating_sub(1),
        )
    } else if invoked(ctx, UiCommand::Next, typing) {
        views.reader.section_index().map(|index| (index + 1).min(last))
    } else if invoked(ctx, UiCommand::First, typing) {
        Some(0)
    } else if invoked(ctx, UiCommand::Last, typing) {
        Some(last)
    } else {
        None
    };
    if let Some(index) = target {
        commands.push(Command::SelectSection(index));
        if focused.is_some() {
            // Keep focus on the sidebar, on the newly selected button.
            if let Some(id) = views.sidebar_button(index) {
                ctx.memory_mut(|m| m.request_focus(id));
            }
        }
    }
    commands
}

/// Up/Down move through results; Enter opens the selected one. These keys act even while the
/// search box has focus, so they are matched without modifiers and consumed.
fn search_keys(ctx: &Context, views: &Views, commands: &mut Vec<Command>) {
    let key_of = |command: UiCommand| {
        command.shortcuts().iter().find_map(|s| match s {
            Shortcut::Key(keys) => Some(keys.logical_key),
            _ => None,
        })
    };
    let consumed = |command: UiCommand| {
        key_of(command).is_some_and(|key| ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key)))
    };
    let (up, down, enter) = (
        consumed(UiCommand::Previous),
        consumed(UiCommand::Next),
        consumed(UiCommand::OpenSelectedResult),
    );
    let (selected, count) = (views.search.selected(), views.search.hits().len());
    if up && selected > 0 {
        commands.push(Command::SelectHit(selected - 1));
    }
    if down && selected + 1 < count {
        commands.push(Command::SelectHit(selected + 1));
    }
    if enter && count > 0 {
        commands.push(Command::OpenHit(selected));
    }
}
