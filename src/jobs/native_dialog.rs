//! Whether the system's own save dialog can be shown, and where saving starts.
//!
//! On Linux the native dialog is the desktop portal's (through D-Bus). rfd returns "no file" both
//! when the person cancels and when no portal could show a dialog, so the app asks the session
//! bus first, and uses its own in-window dialog when no portal is there (tiling window managers,
//! minimal installs, remote sessions). Windows and macOS always have their dialog.

/// Environment variable that forces the in-window save dialog (`in-window`), e.g. where a portal
/// is registered but broken. Read by the command line into `AppOptions::in_window_save_dialog`.
pub const SAVE_DIALOG_ENV: &str = "MEDTECH_GUIDE_SAVE_DIALOG";

/// Whether the native save dialog can be shown. Talks to D-Bus on Linux: call it off the UI thread.
#[must_use]
pub fn native_dialog_available() -> bool {
    platform_has_dialog()
}

#[cfg(target_os = "linux")]
fn platform_has_dialog() -> bool {
    const PORTAL: &str = "org.freedesktop.portal.Desktop";
    pollster::block_on(async {
        let Ok(connection) = zbus::Connection::session().await else {
            return false;
        };
        let Ok(bus) = zbus::fdo::DBusProxy::new(&connection).await else {
            return false;
        };
        let Ok(name) = zbus::names::BusName::try_from(PORTAL) else {
            return false;
        };
        if bus.name_has_owner(name).await.unwrap_or(false) {
            return true;
        }
        // Not running yet, but D-Bus starts it on first use.
        bus.list_activatable_names()
            .await
            .is_ok_and(|names| names.iter().any(|n| n.as_str() == PORTAL))
    })
}

#[cfg(not(target_os = "linux"))]
fn platform_has_dialog() -> bool {
    true
}
