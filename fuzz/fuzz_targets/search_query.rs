//! Any search query against the bundled guide: hits point inside the text they quote.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use medtech_guide::{model::load::load_bundled, search::SearchIndex};

fn index() -> Option<&'static SearchIndex> {
    static INDEX: OnceLock<Option<SearchIndex>> = OnceLock::new();
    INDEX
        .get_or_init(|| load_bundled().ok().map(|guide| SearchIndex::build(&guide)))
        .as_ref()
}

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(index) = index() {
        let _ = index.search(query);
    }
});
