//! Watching a data folder: the system tells a watcher thread of every change (`notify`: inotify,
//! `FSEvents`, `ReadDirectoryChangesW`; no polling), the thread waits for the changes to settle (an
//! editor's save-by-rename is several events), reloads and validates the folder off the UI thread,
//! and wakes the window only when what it would show has changed.

use std::{path::Path, sync::mpsc, time::Duration};

use notify::{
    EventKind, RecursiveMode, Watcher as _,
    event::{AccessKind, AccessMode},
};

use crate::model::{Guide, Problems, load};

/// How long the folder must stay quiet after a change before it is reloaded: long enough for an
/// editor's temporary file, rename and attribute change to count as one save, short enough to
/// feel immediate.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// What the watcher found after a change.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The folder's data loaded and passed every check.
    Loaded(Box<Guide>),
    /// A file does not parse or validate: every problem, as `FILE:LINE:COLUMN`.
    Problems(Problems),
    /// The folder was deleted or renamed; the watcher has stopped.
    Gone,
}

/// A running watch: dropping it stops the watcher thread.
pub struct Watch {
    _watcher: notify::RecommendedWatcher,
}

/// Starts watching `folder`; each change (with `load_now`, also the first load) goes to `send`,
/// after which `wake` is called. Fails, in words, if the system cannot watch the folder.
pub fn start(
    folder: &Path,
    load_now: bool,
    send: impl Fn(Change) + Send + 'static,
    wake: impl Fn() + Send + 'static,
) -> Result<Watch, String> {
    let (events, changed) = mpsc::channel::<()>();
    let folder_events = folder.to_path_buf();
    let handler = move |event: notify::Result<notify::Event>| {
        // An error from the system (a watch lost) is a reason to look again, like a change.
        if event.is_err() || event.is_ok_and(|e| matters(&e, &folder_events)) {
            let _ = events.send(());
        }
    };
    let cannot = |e: notify::Error| {
        format!(
            "Cannot follow the changes to {}: {}",
            folder.display(),
            describe_watch_error(&e)
        )
    };
    let mut watcher = notify::recommended_watcher(handler).map_err(cannot)?;
    watcher
        .watch(folder, RecursiveMode::NonRecursive)
        .map_err(cannot)?;
    // The folder's own removal or renaming is seen most reliably from its parent (best effort:
    // without it, the folder's own watch still reports most of them).
    if let Some(parent) = folder.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = watcher.watch(parent, RecursiveMode::NonRecursive);
    }
    let shown = folder.display().to_string();
    let folder = folder.to_path_buf();
    std::thread::Builder::new()
        .name("data-watch".to_owned())
        .spawn(move || run(&folder, load_now, &changed, &send, &wake))
        .map_err(|e| {
            format!(
                "Cannot follow the changes to {shown}: {}",
                crate::fs::describe_io_error(&e)
            )
        })?;
    Ok(Watch { _watcher: watcher })
}

/// What stopped the system from watching a folder, in words for people (no error numbers).
fn describe_watch_error(error: &notify::Error) -> String {
    match &error.kind {
        notify::ErrorKind::Io(e) => crate::fs::describe_io_error(e),
        notify::ErrorKind::PathNotFound => "it does not exist".to_owned(),
        notify::ErrorKind::MaxFilesWatch => {
            "the system is already watching as many folders as it allows; close other programs that watch files and open the folder again"
                .to_owned()
        }
        notify::ErrorKind::Generic(text) => text.clone(),
        notify::ErrorKind::WatchNotFound | notify::ErrorKind::InvalidConfig(_) => {
            "the system refused to watch it".to_owned()
        }
    }
}

/// Whether `event` may change what the folder holds: a change to one of the data files, or to the
/// folder itself. Opening a file to read it (the reload does) is not, nor are other files.
fn matters(event: &notify::Event, folder: &Path) -> bool {
    let access_only = matches!(
        event.kind,
        EventKind::Access(
            AccessKind::Open(_)
                | AccessKind::Read
                | AccessKind::Any
                | AccessKind::Close(AccessMode::Read | AccessMode::Execute | AccessMode::Any)
        )
    );
    if access_only {
        return false;
    }
    // By name: the system may report the folder by another spelling of its path (absolute,
    // resolved links). A sibling of the same name only costs a reload that changes nothing.
    let folder_name = folder.file_name();
    event.paths.is_empty()
        || event.paths.iter().any(|path| {
            let name = path.file_name();
            name.is_some() && name == folder_name
                || name.is_some_and(|name| load::DATA_FILES.iter().any(|data| name == *data))
        })
}

/// The watcher thread: wait for a change, let it settle, reload; say what changed. Ends when the
/// watch is dropped (its event sender goes with it) or the folder is gone.
fn run(
    folder: &Path,
    load_now: bool,
    changed: &mpsc::Receiver<()>,
    send: &impl Fn(Change),
    wake: &impl Fn(),
) {
    let mut last: Option<Change> = None;
    let mut pending = load_now;
    loop {
        if !pending {
            // Blocks until the system reports a change: an unchanged folder costs nothing.
            if changed.recv().is_err() {
                return;
            }
            loop {
                match changed.recv_timeout(DEBOUNCE) {
                    Ok(()) => {}
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
            }
        }
        pending = false;
        let change = if folder.is_dir() {
            match load::load_dir(folder) {
                Ok(guide) => Change::Loaded(Box::new(guide)),
                Err(problems) => Change::Problems(problems),
            }
        } else {
            Change::Gone
        };
        let gone = change == Change::Gone;
        // Touching a file, or saving it unchanged, changes nothing on screen: no wake-up.
        if last.as_ref() != Some(&change) {
            last = Some(change.clone());
            send(change);
            wake();
        }
        if gone {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use notify::event::{CreateKind, ModifyKind, RemoveKind};

    use super::*;

    fn event(kind: EventKind, path: &str) -> notify::Event {
        notify::Event::new(kind).add_path(Path::new(path).to_path_buf())
    }

    #[test]
    fn changes_to_the_data_files_and_the_folder_count_and_reading_them_does_not() {
        let folder = Path::new("/home/ana/guide-data");
        let write = EventKind::Modify(ModifyKind::Any);
        assert!(matters(&event(write, "/home/ana/guide-data/guide.ron"), folder));
        assert!(matters(
            &event(
                EventKind::Create(CreateKind::File),
                "/home/ana/guide-data/salary_by_experience.ron"
            ),
            folder
        ));
        assert!(matters(
            &event(
                EventKind::Access(AccessKind::Close(AccessMode::Write)),
                "/home/ana/guide-data/global_salaries.ron"
            ),
            folder
        ));
        assert!(matters(
            &event(EventKind::Remove(RemoveKind::Folder), "/home/ana/guide-data"),
            folder
        ));
        // The reload's own reading, and files that are not data.
        let open = EventKind::Access(AccessKind::Open(AccessMode::Any));
        assert!(!matters(&event(open, "/home/ana/guide-data/guide.ron"), folder));
        let read = EventKind::Access(AccessKind::Close(AccessMode::Read));
        assert!(!matters(&event(read, "/home/ana/guide-data/guide.ron"), folder));
        assert!(!matters(
            &event(write, "/home/ana/guide-data/.guide.ron.swp"),
            folder
        ));
        assert!(!matters(&event(write, "/home/ana/notes.txt"), folder));
    }

    #[test]
    fn a_watch_error_is_said_without_error_numbers() {
        let full = notify::Error::io(std::io::Error::from_raw_os_error(28));
        assert_eq!(
            describe_watch_error(&full),
            "the disk is full; free some space and try again"
        );
        let limit = notify::Error::new(notify::ErrorKind::MaxFilesWatch);
        assert!(describe_watch_error(&limit).starts_with("the system is already watching"));
    }
}
