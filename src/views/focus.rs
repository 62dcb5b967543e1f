//! The keyboard never works out of sight: a widget that takes the keyboard (Tab, an arrow key, a
//! shortcut) is scrolled into view in its own scroll area, in every panel.

use egui::Ui;

/// How far outside a widget its focus ring is drawn.
const RING_GAP: f32 = 3.0;

/// Scrolls the scroll area around `ui` so that a widget inside it that took the keyboard this
/// frame is wholly visible. Call at the end of the scroll area's contents: egui hands a scroll
/// target to the scroll area that ends next, and a nested one (a wide table's sideways scroll)
/// has ended by then, so this one takes it.
pub fn keep_focus_in_view(ui: &Ui) {
    let ctx = ui.ctx();
    let Some(id) = ctx.memory(egui::Memory::focused) else {
        return;
    };
    if ctx.memory(|m| m.had_focus_last_frame(id)) {
        return;
    }
    let Some(focused) = ctx.read_response(id) else {
        return;
    };
    // Only a widget of this scroll area's own contents: not one in a dialog over it, nor one in
    // another panel of the same layer whose rectangle the (taller) contents happen to span. A
    // widget here is clipped to this area's view: where it shows at all, its interactive part
    // lies inside the view; another panel's widget shows outside it.
    let clipped_here =
        focused.interact_rect.is_negative() || ui.clip_rect().contains_rect(focused.interact_rect);
    // Its contents' height spans it, and it stands inside this panel sideways: a figure wider
    // than the reading column (a chart, its table) is this area's too.
    let contents = ui.min_rect();
    let spanned = contents.top() <= focused.rect.top() && focused.rect.bottom() <= contents.bottom();
    let beside = ui.clip_rect().x_range().contains(focused.rect.center().x);
    if focused.layer_id == ui.layer_id() && clipped_here && spanned && beside {
        // With its ring and a little room round it: not flush with the panel's edge, ring cut.
        ui.scroll_to_rect(focused.rect.expand(RING_GAP + 5.0), None);
    }
}

/// Draws the ring egui draws around its own focused widgets around `response` when it has the
/// keyboard: for what draws no ring of its own (a plot, a link made from a label).
pub fn ring_if_focused(ui: &Ui, response: &egui::Response) {
    if response.has_focus() {
        let stroke = ui.visuals().selection.stroke;
        ui.painter().rect_stroke(
            response.rect.expand(RING_GAP),
            3,
            stroke,
            egui::StrokeKind::Outside,
        );
    }
}
