//! Commands: everything the UI asks to change, sent by views and key handling, applied in one
//! place after the frame (`app::commands`).

use std::path::PathBuf;

use crate::{
    export::ExportSettings,
    jobs::ExportRequest,
    model::Answers,
    state::{GlobalChartOptions, SalaryChartOptions},
    ui_command::UiCommand,
};

/// Something the UI asks for; applied after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// An action from the command table (menus, shortcuts).
    Ui(UiCommand),
    SelectSection(usize),
    DismissBanner,
    /// Close search (clears the query).
    CloseSearch,
    /// Select search hit number N (↑/↓ in the results).
    SelectHit(usize),
    /// Open search hit number N: its section, scrolled to the match, highlighted.
    OpenHit(usize),
    CloseDialog,
    /// New options for the salary-by-experience chart (slider, "Show data").
    SetSalaryChart(SalaryChartOptions),
    /// New options for the salaries-around-the-world chart (sort, tables).
    SetGlobalChart(GlobalChartOptions),
    /// The reader's answers in "My plan", as changed (or cleared).
    SetAnswers(Answers),
    /// Open the guide where it covers a plan's item: section `section` (by id), block
    /// `block` (from 0), its item `item` (from 0) where given; scrolled to and marked.
    OpenInGuide {
        section: String,
        block: usize,
        item: Option<usize>,
    },
    /// Export a chart; with a path, save there without asking.
    Export(ExportRequest, Option<PathBuf>),
    /// Close the export message.
    DismissToast,
    /// Keep the export message until it is closed (a screen reader is listening).
    HoldToast,
    /// Save from the in-window dialog to `path` with the `settings` chosen there (remembered for
    /// the next export); the dialog stays open until the save has worked.
    SaveFromDialog {
        request: ExportRequest,
        path: PathBuf,
        settings: ExportSettings,
    },
    /// Create the missing folder the in-window dialog would save into.
    CreateFolder(PathBuf),
    /// Close the in-window save dialog without saving.
    CloseSaveDialog,
    /// Show a folder in the system's file manager.
    OpenFolder(PathBuf),
    /// Show the data in this folder, and follow its edits (from the in-window folder dialog).
    OpenDataFolder(PathBuf),
    /// Write a copy of the bundled data into this folder; `replace` confirms replacing files of
    /// the same names.
    SaveDataCopy {
        folder: PathBuf,
        replace: bool,
    },
    /// Close the in-window folder dialog without choosing.
    CloseFolderDialog,
}

/// Where views send their commands during a frame.
#[derive(Debug, Default)]
pub struct Commands(Vec<Command>);

impl Commands {
    /// Queues `command`; it is applied after the frame.
    pub fn send(&mut self, command: Command) {
        self.0.push(command);
    }

    /// The commands sent so far, in order, leaving the queue empty.
    pub fn take(&mut self) -> Vec<Command> {
        std::mem::take(&mut self.0)
    }
}
