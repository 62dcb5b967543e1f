//! Structure for assistive technology that egui's containers do not give: tables, lists and
//! named groups, set on the `AccessKit` nodes the views' `Ui`s already have.

use egui::{Id, Ui, UiBuilder, UiKind, accesskit::Role};

/// Gives the node of `ui` itself the `role` and, where given, the accessible `name`.
pub fn set_role(ui: &Ui, role: Role, name: Option<&str>) {
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_role(role);
        if let Some(name) = name {
            node.set_label(name);
        }
    });
}

/// Hides the widget `id` from assistive technology: a decoration ("•"), or text another node
/// already says.
pub fn hide(ui: &Ui, id: Id) {
    ui.ctx()
        .accesskit_node_builder(id, egui::accesskit::Node::set_hidden);
}

/// Names the nearest `Ui` around `ui` of the `kind` (a panel, a dialog) `name`.
pub fn name_enclosing(ui: &Ui, kind: UiKind, name: &str) {
    if let Some(enclosing) = ui.stack().iter().find(|stack| stack.kind() == Some(kind)) {
        ui.ctx()
            .accesskit_node_builder(enclosing.unique_id, |node| node.set_label(name));
    }
}

/// Gives the nearest `Ui` around `ui` of the `kind` the `role` and the `name`.
pub fn set_enclosing_role(ui: &Ui, kind: UiKind, role: Role, name: &str) {
    if let Some(enclosing) = ui.stack().iter().find(|stack| stack.kind() == Some(kind)) {
        ui.ctx().accesskit_node_builder(enclosing.unique_id, |node| {
            node.set_role(role);
            node.set_label(name);
        });
    }
}

/// `add_contents` (top to bottom) in a scope exposed as a list; each item is a [`list_item`].
/// It takes exactly the room the items took without it.
pub fn list_ui<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let inner = ui
        .scope_builder(UiBuilder::new().accessibility_role(Role::List), add_contents)
        .inner;
    // A scope adds an item spacing after itself; the items already end in their own gap.
    ui.add_space(-ui.spacing().item_spacing.y);
    inner
}

/// Marks `ui` (an item's own `Ui`, inside a [`list_ui`]) as one item of the list.
pub fn list_item(ui: &Ui) {
    set_role(ui, Role::ListItem, None);
}

/// A table's structure, told to assistive technology while an `egui::Grid` lays it out: the
/// grid's `Ui` is the table, [`Self::row`] starts each row, each cell goes through
/// [`Self::cell_ui`]. The first row is the header row when the table has one.
pub struct TableA11y {
    table: Id,
    header: bool,
    row: Option<Id>,
    rows: usize,
    column: usize,
    columns: usize,
}

impl TableA11y {
    /// The grid's `ui` as a table named `name`; `header`: whether its first row is the header.
    pub fn new(ui: &Ui, name: &str, header: bool) -> Self {
        set_role(ui, Role::Table, Some(name));
        Self {
            table: ui.unique_id(),
            header,
            row: None,
            rows: 0,
            column: 0,
            columns: 0,
        }
    }

    /// Starts the next row (call it before the row's first cell).
    pub fn row(&mut self, ui: &mut Ui) {
        // A node of its own, laid out nowhere: the grid places the cells, the row only groups
        // them.
        let row = ui.new_child(
            UiBuilder::new()
                .id_salt(("table_row", self.rows))
                .accessibility_parent(self.table)
                .accessibility_role(Role::Row),
        );
        let index = self.rows;
        ui.ctx()
            .accesskit_node_builder(row.unique_id(), |node| node.set_row_index(index));
        self.row = Some(row.unique_id());
        self.rows += 1;
        self.column = 0;
    }

    /// One cell of the current row, drawn by `add_contents`: a column header in the header row.
    pub fn cell_ui<R>(&mut self, ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
        let is_header = self.header && self.rows == 1;
        let role = if is_header { Role::ColumnHeader } else { Role::Cell };
        let (row, column) = (self.rows.saturating_sub(1), self.column);
        let mut builder = UiBuilder::new().accessibility_role(role);
        if let Some(parent) = self.row {
            builder = builder.accessibility_parent(parent);
        }
        self.column += 1;
        self.columns = self.columns.max(self.column);
        ui.scope_builder(builder, |ui| {
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_row_index(row);
                node.set_column_index(column);
            });
            add_contents(ui)
        })
        .inner
    }

    /// Tells the table its size (call it after the last row).
    pub fn finish(self, ui: &Ui) {
        ui.ctx().accesskit_node_builder(self.table, |node| {
            node.set_row_count(self.rows);
            node.set_column_count(self.columns);
        });
    }
}

/// Marks `response`'s text as a polite live region: a screen reader says it when it changes,
/// after what it is saying.
pub fn announce(ui: &egui::Ui, response: &egui::Response) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
}

/// Names the scroll bars of the scroll area that gave `output` (egui leaves them unnamed):
/// `name` is what they scroll ("Guide text"), their value how far along they are, in percent
/// (a screen reader says "Guide text, scroll bar, 40").
pub fn name_scroll_bars<R>(ui: &Ui, output: &egui::scroll_area::ScrollAreaOutput<R>, name: &str) {
    let scrollable = output.content_size - output.inner_rect.size();
    for axis in 0..2_usize {
        // egui's id for the bar of this axis (0: horizontal, 1: vertical).
        let bar = output.id.with(axis);
        if !ui.ctx().has_accesskit_node(bar) {
            continue;
        }
        let percent = if scrollable[axis] > 0.0 {
            (output.state.clamped_offset()[axis] / scrollable[axis] * 100.0).clamp(0.0, 100.0)
        } else {
            0.0
        };
        ui.ctx().accesskit_node_builder(bar, |node| {
            node.set_label(name);
            node.set_orientation(if axis == 0 {
                egui::accesskit::Orientation::Horizontal
            } else {
                egui::accesskit::Orientation::Vertical
            });
            node.set_min_numeric_value(0.0);
            node.set_max_numeric_value(100.0);
            node.set_numeric_value(f64::from(percent.round()));
        });
    }
}

/// Names the tooltip that the widget `widget` shows this frame (`egui_plot`'s hover read-out, a
/// hover text) after its text, `name`: egui leaves a tooltip's own node unnamed.
pub fn name_tooltip(ctx: &egui::Context, widget: Id, name: &str) {
    let tooltip = egui::Tooltip::tooltip_id(widget, 0);
    if ctx.has_accesskit_node(tooltip) {
        ctx.accesskit_node_builder(tooltip, |node| {
            if node.role() == Role::Tooltip {
                node.set_label(name);
            }
        });
    }
}

/// `response` with a hover text, as `Response::on_hover_text` (which also describes the widget
/// with it), and its tooltip named after that text.
pub fn hover_text(response: egui::Response, text: impl Into<String>) -> egui::Response {
    let text: String = text.into();
    let response = response.on_hover_text(text.as_str());
    name_tooltip(&response.ctx, response.id, &text);
    response
}
