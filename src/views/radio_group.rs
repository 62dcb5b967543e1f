//! A radio group's keyboard, as native radio groups have it: the focused radio shows the ring
//! the other focusable widgets show, and ←/→ pick the choice before or after it (wrapping) and
//! take the keyboard with them. ↑/↓ stay egui's: to the widget above or below (in "My plan", the
//! same choice of the item above or below).

use egui::{Key, Modifiers, Response, Ui};

/// One radio of a group: egui's radio, with the focus ring when it has the keyboard.
pub fn radio_ui(ui: &mut Ui, chosen: bool, text: impl Into<egui::WidgetText>) -> Response {
    let response = ui.radio(chosen, text);
    super::focus::ring_if_focused(ui, &response);
    response
}

/// The radio of `radios` (one group, in order) that ←/→ moved to this frame, if one of them has
/// the keyboard and an arrow was pressed; that radio takes the keyboard.
pub fn arrow_pick(ui: &Ui, radios: &[Response]) -> Option<usize> {
    let focused = radios.iter().position(Response::has_focus)?;
    let id = radios.get(focused)?.id;
    // The arrows are this group's while one of its radios has the keyboard: egui would otherwise
    // move the keyboard to the nearest widget that way, without picking anything.
    let filter = egui::EventFilter {
        horizontal_arrows: true,
        ..egui::EventFilter::default()
    };
    ui.memory_mut(|m| m.set_focus_lock_filter(id, filter));
    let (back, on) = ui.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowLeft),
            i.consume_key(Modifiers::NONE, Key::ArrowRight),
        )
    });
    let count = radios.len();
    let next = match (back, on) {
        (true, false) => (focused + count - 1) % count,
        (false, true) => (focused + 1) % count,
        _ => return None,
    };
    let next_id = radios.get(next)?.id;
    ui.memory_mut(|m| {
        m.request_focus(next_id);
        // The first arrow after Tab comes before the filter holds: no move of egui's as well.
        m.move_focus(egui::FocusDirection::None);
    });
    ui.ctx().request_repaint();
    Some(next)
}
