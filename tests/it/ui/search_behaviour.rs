//! Search as a person types it: several words in any order, each result once, snippets made of
//! whole words.

use crate::common;

use std::collections::HashSet;

use egui_kittest::kittest::Queryable as _;

#[test]
fn two_words_find_sections_holding_both_in_any_order() {
    let harness = common::app::searched([1280.0, 1600.0], "salary technician");
    let found = common::app::results(&harness);
    assert!(!found.is_empty(), "“salary technician” finds something");
    harness
        .query_all_by_label_contains("for “salary technician”")
        .next()
        .expect("the count names the query");
    // The first result is on screen, with both words in its section.
    harness.get_by_label(&found[0]);
    let salary = harness.state().guide().section_index("salary");
    assert!(
        harness
            .state()
            .views
            .search
            .hits()
            .iter()
            .any(|h| Some(h.section) == salary),
        "the salary section is among them: {found:?}"
    );
    let reversed = common::app::searched([1280.0, 1600.0], "TECHNICIAN salary");
    assert_eq!(
        common::app::results(&reversed),
        found,
        "the order of the words does not matter"
    );
    let nowhere = common::app::searched([1280.0, 1600.0], "salary xylophone");
    assert!(
        nowhere
            .query_by_label("No results for “salary xylophone”.")
            .is_some()
    );
}

#[test]
fn a_result_appears_once() {
    for query in ["technologist", "median", "senior", "e"] {
        let harness = common::app::searched([1280.0, 1600.0], query);
        let found = common::app::results(&harness);
        let mut seen = HashSet::new();
        let twice: Vec<&String> = found
            .iter()
            .filter(|r| !seen.insert(r.split_once(": ").map_or(r.as_str(), |(_, s)| s)))
            .collect();
        assert!(twice.is_empty(), "“{query}”: shown more than once: {twice:?}");
    }
    // The technologist's median, in the chart and table of two sections, is one result.
    let harness = common::app::searched([1280.0, 1600.0], "technologist");
    let medians = common::app::results(&harness)
        .into_iter()
        .filter(|r| r.contains("Medical Technologist") && r.contains("US median"))
        .count();
    assert_eq!(medians, 1, "{:?}", common::app::results(&harness));
}

/// Every whitespace-separated word of the guide's data files, without surrounding punctuation.
fn guide_words() -> HashSet<String> {
    ["guide.ron", "salary_by_experience.ron", "global_salaries.ron"]
        .iter()
        .map(|file| {
            std::fs::read_to_string(format!("{}/data/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default()
        })
        .flat_map(|data| data.split_whitespace().map(bare).collect::<Vec<_>>())
        .collect()
}

fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_owned()
}

#[test]
fn snippets_start_and_end_with_whole_words() {
    let words = guide_words();
    assert!(words.contains("phlebotomy"), "the guide's words are read");
    let mut cut = 0;
    for query in ["the", "lab", "patient", "phlebotomy", "certification"] {
        let harness = common::app::searched([1280.0, 1600.0], query);
        for hit in harness.state().views.search.hits() {
            let inner = hit.snippet.trim_start_matches('…').trim_end_matches('…');
            let first = inner.split_whitespace().next().unwrap_or_default();
            let last = inner.split_whitespace().last().unwrap_or_default();
            if hit.snippet.starts_with('…') {
                cut += 1;
                assert!(
                    words.contains(&bare(first)),
                    "“{query}”: starts with a half word: {:?}",
                    hit.snippet
                );
            }
            if hit.snippet.ends_with('…') {
                assert!(
                    words.contains(&bare(last)),
                    "“{query}”: ends with a half word: {:?}",
                    hit.snippet
                );
                assert!(!last.ends_with(','), "{:?}", hit.snippet);
            }
        }
        // The first result, as shown.
        if let Some(first) = common::app::results(&harness).first() {
            harness.get_by_label(first);
        }
    }
    assert!(cut > 10, "long texts are cut ({cut})");
}
