//! The window's layout (top bar, banner, sidebar, reading panel, dialogs, export message) and
//! the state the views keep between frames.

use egui::Ui;

use super::{
    ViewContext, banner, dialogs::Dialogs, export_menu, folder_dialog::FolderDialog, plan::PlanView, reader,
    reader::Reader, salary_chart::SalaryPlotCache, save_dialog::SaveDialog, search::SearchUi, sidebar,
    top_bar,
};
use crate::chart::Charts;

/// View-local state: what the views remember between frames but the app does not need.
pub struct Views {
    pub search: SearchUi,
    /// The shortcut sheet or About, and the keyboard around it.
    pub dialogs: Dialogs,
    /// The in-window save dialog, when the system's own cannot be shown.
    pub save_dialog: Option<SaveDialog>,
    /// The in-window folder dialog (open a data folder, save a copy of the data), likewise.
    pub folder_dialog: Option<FolderDialog>,
    /// The open section, what a search result found in it, and the reading panel's scrolling.
    pub reader: Reader,
    /// Ids of the sidebar's buttons, to know when the sidebar has keyboard focus.
    sidebar_ids: Vec<egui::Id>,
    /// Plot points derived once from the salary chart, borrowed by every frame.
    pub salary_plot: SalaryPlotCache,
    /// "My plan": its fields being typed, what is expanded, the clear-all confirmation.
    pub plan: PlanView,
}

impl Views {
    /// Fresh view state for `charts`, reading as `reader` says.
    #[must_use]
    pub fn new(charts: &Charts, reader: Reader) -> Self {
        Self {
            search: SearchUi::default(),
            dialogs: Dialogs::default(),
            save_dialog: None,
            folder_dialog: None,
            reader,
            sidebar_ids: Vec::new(),
            salary_plot: SalaryPlotCache::new(&charts.salary),
            plan: PlanView::default(),
        }
    }

    /// Whether `id` is one of the sidebar's section buttons (then the sidebar has the keyboard).
    #[must_use]
    pub fn is_sidebar_button(&self, id: egui::Id) -> bool {
        self.sidebar_ids.contains(&id)
    }

    /// The sidebar's button for section `index`, while the sidebar is shown.
    #[must_use]
    pub fn sidebar_button(&self, index: usize) -> Option<egui::Id> {
        self.sidebar_ids.get(index).copied()
    }

    /// Draws the whole window for one frame.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut ViewContext<'_>) {
        self.dialogs.give_back_focus(ui.ctx());
        // Too narrow for the sidebar beside a readable column: the sections are a menu instead.
        let narrow = sidebar::collapsed(ui);
        top_bar::top_bar_ui(ui, ctx, &mut self.search, narrow);
        self.search.update(ctx.search_index);
        if let Some(problems) = ctx.banner {
            banner::banner_ui(ui, problems, ctx.commands);
        }
        if narrow {
            self.sidebar_ids.clear();
        } else {
            sidebar::sidebar_ui(ui, ctx, &mut self.sidebar_ids);
        }
        reader::reader_ui(ui, ctx, self);
        self.dialogs.ui(ui, ctx);
        if let Some(dialog) = &mut self.save_dialog {
            super::save_dialog::save_dialog_ui(ui, ctx, dialog);
        }
        if let Some(dialog) = &mut self.folder_dialog {
            super::folder_dialog::folder_dialog_ui(ui, ctx, dialog);
        }
        if let Some(toast) = ctx.toast {
            export_menu::toast_ui(ui, toast, ctx.commands);
        }
    }
}
