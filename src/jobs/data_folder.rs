//! The data folder on the UI side: which folder is watched, the news the watcher sends, and the
//! system's folder dialog (off the UI thread) for opening a folder or saving a copy of the data.

use std::{
    path::{Path, PathBuf},
    sync::mpsc,
};

use super::watch::{self, Change, Watch};

/// What a folder is chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FolderPurpose {
    /// File › Open data folder…: show the data in it, and follow its edits.
    OpenData,
    /// File › Save a copy of the data…: write the bundled files into it.
    SaveCopy,
}

impl FolderPurpose {
    /// The dialog's title.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Self::OpenData => "Open data folder",
            Self::SaveCopy => "Save a copy of the data",
        }
    }
}

/// What the window hears from the data folder's jobs.
#[derive(Debug, Clone, PartialEq)]
pub enum DataNews {
    /// The watched folder changed (or was loaded for the first time).
    Changed(PathBuf, Change),
    /// The person chose this folder in the system's dialog.
    Picked(FolderPurpose, PathBuf),
    /// No system dialog can be shown here: ask in the window.
    NeedsFolder(FolderPurpose),
    /// The folder could not be watched or the dialog not started, for this reason.
    Failed(String),
}

/// The watched folder, and the channel its jobs answer on.
pub struct DataFolder {
    sender: mpsc::Sender<(u64, DataNews)>,
    receiver: mpsc::Receiver<(u64, DataNews)>,
    /// Counts watches, so news from a folder no longer watched is dropped.
    generation: u64,
    watch: Option<(PathBuf, Watch)>,
    /// Ask for folders in the window, never with the system's dialog.
    in_window_dialog: bool,
}

impl DataFolder {
    /// Watches nothing yet; `in_window_dialog` never shows the system's folder dialog.
    #[must_use]
    pub fn new(in_window_dialog: bool) -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            generation: 0,
            watch: None,
            in_window_dialog,
        }
    }

    /// The folder being watched, if any.
    #[must_use]
    pub fn watched(&self) -> Option<&Path> {
        self.watch.as_ref().map(|(folder, _)| folder.as_path())
    }

    /// Watches `folder` instead of any other (with `load_now`, loads it first, off the UI thread);
    /// its news wakes the window.
    pub fn watch(&mut self, ctx: &egui::Context, folder: &Path, load_now: bool) -> Result<(), String> {
        self.stop();
        let generation = self.generation;
        let sender = self.sender.clone();
        let shown = folder.to_path_buf();
        let repaint = ctx.clone();
        let started = watch::start(
            folder,
            load_now,
            move |change| {
                // The receiver lives as long as the app; if it is gone, nobody is waiting.
                let _ = sender.send((generation, DataNews::Changed(shown.clone(), change)));
            },
            move || repaint.request_repaint(),
        )?;
        self.watch = Some((folder.to_path_buf(), started));
        Ok(())
    }

    /// Stops watching; news already sent by the old watch is dropped.
    pub fn stop(&mut self) {
        self.watch = None;
        self.generation = self.generation.wrapping_add(1);
    }

    /// Asks where, for `purpose`, in the system's folder dialog on a worker thread (it blocks, and
    /// on Linux asks D-Bus first whether one can be shown), or at once in the window.
    pub fn pick(&mut self, ctx: &egui::Context, purpose: FolderPurpose) {
        let generation = self.generation;
        if self.in_window_dialog {
            let _ = self.sender.send((generation, DataNews::NeedsFolder(purpose)));
            ctx.request_repaint();
            return;
        }
        let sender = self.sender.clone();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("folder-dialog".to_owned())
            .spawn(move || {
                let news = if super::native_dialog_available() {
                    let dialog = rfd::AsyncFileDialog::new()
                        .set_title(purpose.title())
                        .set_directory(crate::platform::default_export_dir());
                    match pollster::block_on(dialog.pick_folder()) {
                        Some(handle) => DataNews::Picked(purpose, handle.path().to_path_buf()),
                        // Cancelled: nothing to say.
                        None => return,
                    }
                } else {
                    DataNews::NeedsFolder(purpose)
                };
                let _ = sender.send((generation, news));
                repaint.request_repaint();
            });
        if let Err(e) = spawned {
            let why = format!("Could not show the folder dialog: {e}");
            let _ = self.sender.send((generation, DataNews::Failed(why)));
        }
    }

    /// The news since the last frame from the folder watched now (and from dialogs).
    pub fn poll(&mut self) -> Vec<DataNews> {
        let mut news = Vec::new();
        while let Ok((generation, item)) = self.receiver.try_recv() {
            let current = generation == self.generation;
            match item {
                DataNews::Changed(..) if !current => {}
                DataNews::Changed(folder, Change::Gone) => {
                    self.watch = None;
                    news.push(DataNews::Changed(folder, Change::Gone));
                }
                other => news.push(other),
            }
        }
        news
    }
}
