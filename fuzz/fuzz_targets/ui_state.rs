//! The saved UI state as a hand-edited or damaged file, restored the way the app restores it:
//! the result must be a usable state that can be saved again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use medtech_guide::{
    app::restore_state,
    state::{ZOOM_MAX, ZOOM_MIN},
};

/// eframe storage holding one saved string, whatever the key.
struct Saved(String);

impl eframe::Storage for Saved {
    fn get_string(&self, _key: &str) -> Option<String> {
        Some(self.0.clone())
    }

    fn set_string(&mut self, _key: &str, _value: String) {}

    fn remove_string(&mut self, _key: &str) {}

    fn flush(&mut self) {}
}

fuzz_target!(|data: &[u8]| {
    let saved = Saved(String::from_utf8_lossy(data).into_owned());
    let state = restore_state(Some(&saved)).sanitized();
    assert!((ZOOM_MIN..=ZOOM_MAX).contains(&state.zoom), "{state:?}");
    assert!((0.0..=15.0).contains(&state.salary_chart.years), "{state:?}");
    assert!(ron::to_string(&state).is_ok());
});
