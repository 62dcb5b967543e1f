//! What differs between Windows, macOS and Linux: the application id, the console, default folders.

use std::path::PathBuf;

/// The reverse-DNS application id: the window's app id (Wayland `app_id`, X11 `WM_CLASS`), the
/// name of the Linux desktop file, icon and `AppStream` metainfo, and the macOS bundle identifier.
/// `packaging/` uses the same string; `cargo xtask dist --check` checks they agree.
pub const APP_ID: &str = "org.medtechguide.MedtechGuide";

/// The folder a save starts in: the user's Documents folder (Windows `Documents`, macOS
/// `~/Documents`, Linux `XDG_DOCUMENTS_DIR`), else the home folder, else the current folder.
#[must_use]
pub fn default_export_dir() -> PathBuf {
    dirs::document_dir()
        .filter(|d| d.is_dir())
        .or_else(dirs::home_dir)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// What to tell someone whose window could not open. On Linux and the BSDs with no X11 or Wayland
/// display to connect to (an SSH session, a console, a container) that is the one thing to say;
/// otherwise the system's reason, without the source-file locations some libraries put in it.
#[must_use]
pub fn window_error_message(error: &str, display_env: impl Fn(&str) -> bool) -> String {
    let desktop_unix = cfg!(all(unix, not(target_os = "macos")));
    if desktop_unix
        && !["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
            .iter()
            .any(|v| display_env(v))
    {
        return "no display found: run it on a desktop, or use the commands (medtech-guide --help)"
            .to_owned();
    }
    format!("could not open the window: {}", without_source_locations(error))
}

/// `os error at /home/x/.cargo/registry/src/…/mod.rs:765: reason` → `os error: reason`.
fn without_source_locations(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut kept: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while let Some(word) = words.get(i) {
        let next = words.get(i + 1);
        if *word == "at" && next.is_some_and(|n| n.contains(".rs:")) {
            // Keep the colon that ended the location: `os error at x.rs:1:` → `os error:`.
            if next.is_some_and(|n| n.ends_with(':'))
                && let Some(last) = kept.last_mut()
            {
                last.push(':');
            }
            i += 2;
            continue;
        }
        kept.push((*word).to_owned());
        i += 1;
    }
    kept.join(" ")
}

/// Windows: a GUI-subsystem program starts with no console, so `check`, `sections`, `--help` and
/// error messages would print nowhere. When neither output is redirected, this attaches to the
/// console of the process that started us (a terminal); started from Explorer there is none and
/// nothing happens. Redirected outputs (`> file`, a pipe) are left as they are. Elsewhere a no-op.
pub fn attach_parent_console() {
    #[cfg(windows)]
    {
        use std::os::windows::io::AsRawHandle;
        if std::io::stdout().as_raw_handle().is_null() && std::io::stderr().as_raw_handle().is_null() {
            // Fails when the parent has no console (Explorer): then there is nowhere to print.
            let _ = winsafe::AttachConsole(winsafe::PidParent::Parent);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_errors_speak_to_people() {
        let winit = "winit EventLoopError: os error at /root/.cargo/registry/src/index/winit-0.30.13/src/platform_impl/linux/mod.rs:765: neither WAYLAND_DISPLAY nor DISPLAY is set.";
        let message = window_error_message(winit, |_| false);
        if cfg!(all(unix, not(target_os = "macos"))) {
            assert_eq!(
                message,
                "no display found: run it on a desktop, or use the commands (medtech-guide --help)"
            );
        }
        let message = window_error_message(winit, |v| v == "DISPLAY");
        assert!(
            !message.contains(".rs") && !message.contains("/root"),
            "{message}"
        );
        assert_eq!(
            message,
            "could not open the window: winit EventLoopError: os error: neither WAYLAND_DISPLAY nor DISPLAY is set."
        );
    }

    #[test]
    fn app_id_is_reverse_dns() {
        let parts: Vec<&str> = APP_ID.split('.').collect();
        assert!(parts.len() >= 3, "{APP_ID}");
        assert!(
            parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
        );
    }
}
