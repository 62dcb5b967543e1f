use egui::os::OperatingSystem;

use super::*;

const LINUX: KeyNames = KeyNames::NAMES;

fn mac() -> KeyNames {
    KeyNames::for_os(OperatingSystem::Mac)
}

/// A shortcut as a key press: Ctrl, ⌘ and egui's `command` are the same key (each is the
/// other's on the other platform), so two commands may not differ by them alone.
fn as_pressed(shortcut: Shortcut) -> (Option<Key>, Option<&'static str>, [bool; 3]) {
    match shortcut {
        Shortcut::Text(text) => (None, Some(text), [false; 3]),
        Shortcut::Key(s) | Shortcut::Alias(s) => {
            let m = s.modifiers;
            (
                Some(s.logical_key),
                None,
                [m.command || m.ctrl || m.mac_cmd, m.shift, m.alt],
            )
        }
    }
}

#[test]
fn no_two_commands_share_a_shortcut() {
    let mut seen: Vec<(Shortcut, UiCommand)> = Vec::new();
    for command in UiCommand::all() {
        for shortcut in command.shortcuts() {
            if let Some((_, other)) = seen.iter().find(|(s, _)| as_pressed(*s) == as_pressed(*shortcut)) {
                panic!("{command:?} and {other:?} share {}", shortcut.text(LINUX));
            }
            seen.push((*shortcut, command));
        }
    }
    assert!(seen.len() >= 16, "the table lists the shortcuts");
    // Tab is the focus's own: no command may take it.
    for key in ControlKey::MoveFocus.keys() {
        if let Some((_, command)) = seen.iter().find(|(s, _)| as_pressed(*s) == as_pressed(*key)) {
            panic!("{command:?} takes {}", key.text(LINUX));
        }
    }
}

#[test]
fn ctrl_and_cmd_are_one_key_to_the_clash_check() {
    let key = |modifiers| Shortcut::Key(KeyboardShortcut::new(modifiers, Key::F));
    assert_eq!(
        as_pressed(key(Modifiers::CTRL)),
        as_pressed(key(Modifiers::COMMAND))
    );
    assert_eq!(
        as_pressed(key(Modifiers::MAC_CMD)),
        as_pressed(key(Modifiers::COMMAND))
    );
    assert_ne!(
        as_pressed(key(Modifiers::SHIFT)),
        as_pressed(key(Modifiers::COMMAND))
    );
}

#[test]
fn control_keys_are_written_for_people() {
    assert_eq!(ControlKey::MoveFocus.keys_text(LINUX), "Tab or Shift+Tab");
    assert_eq!(ControlKey::MoveFocus.keys_text(mac()), "Tab or ⇧Tab");
    assert_eq!(ControlKey::SliderStep.keys_text(LINUX), "←, →, ↓ or ↑");
    assert_eq!(ControlKey::SliderStep.keys_text(mac()), "←, →, ↓ or ↑");
    assert_eq!(ControlKey::ChoiceStep.keys_text(LINUX), "← or →");
    assert_eq!(ControlKey::Press.keys_text(LINUX), "Space or Enter");
}

#[test]
fn all_lists_every_command_once_and_every_theme() {
    let all: Vec<UiCommand> = UiCommand::all().collect();
    for command in &all {
        assert_eq!(all.iter().filter(|c| *c == command).count(), 1, "{command:?}");
    }
    for theme in ThemeChoice::ALL {
        assert!(all.contains(&UiCommand::Theme(theme)), "{theme:?}");
    }
    assert_eq!(all.first(), Some(&UiCommand::Search), "in declaration order");
    assert_eq!(all.last(), Some(&UiCommand::Quit), "in declaration order");
}

#[test]
fn shortcut_texts_are_written_for_people() {
    assert_eq!(UiCommand::Search.shortcut_text(LINUX), "Ctrl+F");
    assert_eq!(UiCommand::ZoomIn.shortcut_text(LINUX), "Ctrl+Plus");
    assert_eq!(UiCommand::ZoomIn.all_shortcuts_text(LINUX), "Ctrl+Plus");
    assert_eq!(UiCommand::ZoomOut.shortcut_text(LINUX), "Ctrl+Minus");
    assert_eq!(UiCommand::ZoomReset.shortcut_text(LINUX), "Ctrl+0");
    assert_eq!(UiCommand::Shortcuts.all_shortcuts_text(LINUX), "F1 or ?");
    assert_eq!(UiCommand::CloseOrCancel.shortcut_text(LINUX), "Esc");
    assert_eq!(UiCommand::About.shortcut_text(LINUX), "");
}

#[test]
fn the_table_is_written_for_macos_and_for_linux_and_windows() {
    assert_eq!(UiCommand::Search.shortcut_text(mac()), "⌘F");
    assert_eq!(UiCommand::ZoomIn.shortcut_text(mac()), "⌘+");
    assert_eq!(UiCommand::ZoomOut.shortcut_text(mac()), "⌘−");
    assert_eq!(UiCommand::ZoomReset.shortcut_text(mac()), "⌘0");
    assert_eq!(UiCommand::Quit.shortcut_text(mac()), "⌘Q");
    assert_eq!(UiCommand::Shortcuts.all_shortcuts_text(mac()), "F1 or ?");
    assert_eq!(UiCommand::CloseOrCancel.shortcut_text(mac()), "Esc");
    for os in [OperatingSystem::Nix, OperatingSystem::Windows] {
        assert_eq!(KeyNames::for_os(os), LINUX, "{os:?}");
    }
    for command in UiCommand::all() {
        let (on_mac, elsewhere) = (
            command.all_shortcuts_text(mac()),
            command.all_shortcuts_text(LINUX),
        );
        assert!(
            !on_mac.contains("Ctrl") && !elsewhere.contains('⌘'),
            "{command:?}: {on_mac} / {elsewhere}"
        );
        let with_command = command.shortcuts().iter().any(|s| as_pressed(*s).2[0]);
        assert_eq!(on_mac.contains('⌘'), with_command, "{command:?}: {on_mac}");
        assert_eq!(
            elsewhere.contains("Ctrl+"),
            with_command,
            "{command:?}: {elsewhere}"
        );
    }
}

/// A context after its first frame (fonts exist from then on), with the app's fonts or egui's.
fn context(os: OperatingSystem, app_fonts: bool) -> egui::Context {
    let ctx = egui::Context::default();
    ctx.set_os(os);
    if app_fonts {
        crate::tokens::add_fonts(&ctx);
    }
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    ctx
}

#[test]
fn a_context_writes_shortcuts_for_its_platform() {
    for os in [OperatingSystem::Nix, OperatingSystem::Windows] {
        let names = KeyNames::of(&context(os, true));
        assert_eq!(UiCommand::Search.shortcut_text(names), "Ctrl+F", "{os:?}");
    }
    let ctx = context(OperatingSystem::Mac, true);
    let search = UiCommand::Search.shortcut_text(KeyNames::of(&ctx));
    assert_eq!(
        search,
        ctx.format_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F))
    );
    assert_eq!(search, "⌘F");
    // egui's fonts alone cannot draw ⌘, so egui spells it out: the app's font is what shows it.
    let names = KeyNames::of(&context(OperatingSystem::Mac, false));
    assert_eq!(UiCommand::Search.shortcut_text(names), "Cmd+F");
}
