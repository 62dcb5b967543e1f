//! The search's matching and ranking, on small indexes and on the bundled guide.

use super::*;

#[test]
fn folding_drops_case_and_accents_and_maps_back() {
    let (folded, origin) = fold("Phlébotomie ÉKG");
    assert_eq!(folded, "phlebotomie ekg");
    assert_eq!(origin.len(), folded.len());
    // 'e' of "ekg" comes from 'É', two bytes in the original at offset 12.
    assert_eq!(origin[12], 13);
}

fn place(section: usize, block: Option<usize>) -> Place {
    Place {
        section,
        block,
        part: None,
    }
}

fn bundled_index() -> (crate::model::Guide, SearchIndex) {
    let guide = crate::model::load::load_bundled().unwrap_or_else(|_| crate::model::Guide::placeholder());
    let index = SearchIndex::build(&guide);
    (guide, index)
}

#[test]
fn bundled_snippets_start_and_end_on_whole_words() {
    let (_, index) = bundled_index();
    for query in ["e", "the", "salary", "phlebotomy", "patient care"] {
        for hit in index.search(query) {
            let inner = hit.snippet.trim_start_matches('…').trim_end_matches('…');
            if hit.snippet.starts_with('…') {
                let first = inner.chars().next().unwrap_or(' ');
                assert!(!first.is_whitespace(), "{:?}", hit.snippet);
            }
            assert!(!inner.ends_with(char::is_whitespace), "{:?}", hit.snippet);
            assert!(!hit.matched.is_empty(), "{:?}", hit.snippet);
        }
    }
}

#[test]
fn several_words_match_in_any_order_anywhere_in_a_section() {
    let (guide, index) = bundled_index();
    let hits = index.search("salary technician");
    assert!(!hits.is_empty(), "today's example finds something");
    assert_eq!(
        hits,
        index.search("Technician   SALARY"),
        "order and case do not matter"
    );
    // Every hit's section holds both words.
    for hit in &hits {
        let section = &index
            .entries
            .iter()
            .filter(|e| e.place.section == hit.section)
            .map(|e| e.folded.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            section.contains("salary") && section.contains("technician"),
            "{hit:?}"
        );
    }
    // A word found nowhere leaves no hit, however common the others.
    assert!(index.search("salary zzzz-not-in-guide").is_empty());
    assert!(
        guide
            .section_index("salary")
            .is_some_and(|s| hits.iter().any(|h| h.section == s))
    );
}

#[test]
fn every_word_is_marked_where_the_snippet_shows_it() {
    let mut index = SearchIndex::default();
    index.add(
        place(0, None),
        Weight::Title,
        None,
        "Technicians and their salary",
    );
    let hits = index.search("salary technician");
    assert_eq!(hits.len(), 1);
    let marked: Vec<&str> = hits[0]
        .matched
        .iter()
        .map(|r| &hits[0].snippet[r.clone()])
        .collect();
    assert_eq!(marked, ["Technician", "salary"]);
    // Words inside one another are marked once, as one stretch.
    let hits = index.search("tech technician");
    let marked: Vec<&str> = hits[0]
        .matched
        .iter()
        .map(|r| &hits[0].snippet[r.clone()])
        .collect();
    assert_eq!(marked, ["Technician"]);
}

#[test]
fn words_spread_over_a_section_give_one_hit_there() {
    let mut index = SearchIndex::default();
    index.add(place(0, None), Weight::Title, None, "Blood work");
    index.add(place(0, Some(0)), Weight::Body, None, "Drawing samples safely");
    index.add(place(1, None), Weight::Title, None, "Blood banks");
    let hits = index.search("samples blood");
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(
        (hits[0].section, hits[0].block),
        (0, None),
        "the title, first of equals"
    );
}

#[test]
fn a_text_found_in_several_places_is_one_hit() {
    let (_, index) = bundled_index();
    let hits = index.search("technologist");
    let mut snippets: Vec<&str> = hits.iter().map(|h| h.snippet.as_str()).collect();
    let count = snippets.len();
    assert!(hits.iter().any(|h| h.snippet.contains("US median")), "{hits:?}");
    snippets.sort_unstable();
    snippets.dedup();
    assert_eq!(snippets.len(), count, "no duplicate: {hits:?}");
}

#[test]
fn titles_rank_before_headings_before_body() {
    let (_, index) = bundled_index();
    let hits = index.search("career path");
    assert!(!hits.is_empty());
    assert_eq!(hits[0].weight, Weight::Title);
    assert!(hits.windows(2).all(|w| w[0].weight <= w[1].weight));
}

#[test]
fn accent_insensitive_query_finds_plain_text() {
    let (guide, index) = bundled_index();
    let plain = index.search("phlebotomy");
    let accented = index.search("PHLÉBOTOMY");
    assert_eq!(plain, accented);
    let skills = guide.section_index("skills");
    assert!(plain.iter().any(|h| Some(h.section) == skills));
    for hit in &plain {
        for matched in &hit.matched {
            assert_eq!(hit.snippet[matched.clone()].to_lowercase(), "phlebotomy");
        }
    }
    assert!(index.search("zzzz-not-in-guide").is_empty());
    assert!(index.search("   ").is_empty());
}

#[test]
fn an_item_is_found_with_its_title_kept_whole_and_marked() {
    let mut index = SearchIndex::default();
    let question = "What does a typical day look like?";
    let answer = format!(
        "{} then the night shift ends.",
        "Long words of an answer ".repeat(6)
    );
    let place = Place {
        section: 0,
        block: Some(3),
        part: Some(Part::Item(2)),
    };
    index.add(place, Weight::Body, Some(question), &answer);
    let hits = index.search("night");
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    assert_eq!((hit.block, hit.part), (Some(3), Some(Part::Item(2))));
    assert!(
        hit.snippet.starts_with("What does a typical day look like? …"),
        "{:?}",
        hit.snippet
    );
    assert_eq!(&hit.snippet[..hit.title_len], question);
    let marked: Vec<&str> = hit.matched.iter().map(|r| &hit.snippet[r.clone()]).collect();
    assert_eq!(marked, ["night"]);
    assert_eq!(hit.weight, Weight::Body);
    // Every word in the title: it ranks as a heading, the title's words marked.
    let hits = index.search("typical day");
    assert_eq!(hits[0].weight, Weight::Heading);
    let marked: Vec<&str> = hits[0]
        .matched
        .iter()
        .map(|r| &hits[0].snippet[r.clone()])
        .collect();
    assert_eq!(marked, ["typical", "day"]);
}

#[test]
fn bundled_key_facts_and_chart_titles_are_found() {
    let (guide, index) = bundled_index();
    let overview = guide.section_index("overview");
    let hits = index.search("57,380");
    assert!(
        hits.iter()
            .any(|h| Some(h.section) == overview && h.part == Some(Part::Item(0))),
        "the median salary's card: {hits:?}"
    );
    let hits = index.search(&guide.salary.title);
    assert!(
        hits.iter().any(|h| h.part == Some(Part::Heading)
            && h.block
                .and_then(|b| guide.text.sections.get(h.section)?.blocks.get(b))
                .is_some_and(|b| matches!(b, crate::model::Block::Chart(_)))),
        "{hits:?}"
    );
}
