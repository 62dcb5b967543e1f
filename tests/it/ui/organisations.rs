//! The organisations the guide names (ASCP, AMT, NHA, NAACLS) link to their official sites where
//! the text names them and in "Where to go next"; a site that is not http(s) is refused when the
//! data loads (issue 22 item 17). About names the main source and what its copy does not record.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use medtech_guide::{model::load::load_dir, state::UiState};

use crate::common::{
    self,
    app::{TALL, opened, opened_urls, opened_with},
    paint::position_of,
};

#[test]
fn where_to_go_next_lists_each_organisation_as_a_link_to_its_site() {
    let guide = common::data::guide();
    assert_eq!(guide.text.organisations.len(), 4, "ASCP, AMT, NHA, NAACLS");
    let mut harness = opened("how-to-become", TALL);
    harness.get_by_role_and_label(Role::Heading, "Where to go next");
    for organisation in &guide.text.organisations {
        let name = organisation.full_name();
        harness.get_by_role_and_label(Role::Link, &name).click();
        harness.step();
        assert_eq!(opened_urls(&harness), vec![organisation.url.clone()], "{name}");
        assert!(
            organisation.url.starts_with("https://"),
            "{name}: {}",
            organisation.url
        );
        harness.get_by_label(&organisation.about);
    }
}

#[test]
fn a_name_in_the_text_opens_its_site_and_the_words_around_it_do_not() {
    let mut harness = opened_with("skills", [1280.0, 2400.0], 1.0, UiState::default());
    let name = "American Society for Clinical Pathology (ASCP)";
    let at = position_of(&harness, name).expect("the skills section names the ASCP");
    harness.hover_at(at);
    // egui waits a moment before it shows a tool tip: it gives the address.
    harness.run_steps(4);
    harness.run();
    let tips: Vec<String> = harness
        .query_all_by_role(Role::Tooltip)
        .filter_map(|n| egui_kittest::kittest::NodeT::accesskit_node(&n).label())
        .collect();
    assert_eq!(tips, vec!["https://www.ascp.org".to_owned()]);
    common::app::click_at(&mut harness, at);
    assert_eq!(opened_urls(&harness), vec!["https://www.ascp.org".to_owned()]);
    // The paragraph's first words are text, not a link.
    let word = position_of(&harness, "For entry-level jobs").expect("the paragraph");
    common::app::click_at(&mut harness, word);
    assert_eq!(opened_urls(&harness), Vec::<String>::new());
}

#[test]
fn an_organisation_site_that_is_not_a_web_address_is_refused_where_it_is_written() {
    let dir = common::data::copy_data_dir();
    let path = dir.path().join(common::data::GUIDE);
    let guide = std::fs::read_to_string(&path).expect("read guide");
    let guide = guide.replacen(
        "url: \"https://www.nhanow.com\"",
        "url: \"javascript:alert(1)\"",
        1,
    );
    std::fs::write(&path, &guide).expect("write guide");
    let problems = load_dir(dir.path()).map_or_else(|p| p.lines(), |_| String::new());
    let line = guide
        .lines()
        .position(|l| l.contains("javascript:alert(1)"))
        .expect("the edited line")
        + 1;
    assert!(
        problems.contains(&format!("guide.ron:{line}:"))
            && problems.contains(
                "the site of organisation `NHA` must be a web address starting with https:// or http://"
            ),
        "{problems}"
    );
}

#[test]
fn about_names_the_main_source_and_what_its_copy_does_not_record() {
    let mut harness = opened("overview", TALL);
    common::app::open_menu(&mut harness, "Help");
    harness.get_by_label("About medtech-guide…").click();
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "Main source");
    let text = format!(
        "{}. {}",
        medtech_guide::model::GUIDE_CITATION,
        medtech_guide::model::GUIDE_PROVENANCE
    );
    harness.get_by_label(&text);
    assert!(text.contains("neither its web address nor the date it was taken"));
}

fn is_focused(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    node.is_focused()
}

#[test]
fn a_paragraph_with_a_link_is_no_tab_stop() {
    use egui_kittest::kittest::NodeT as _;
    let mut harness = opened_with("skills", [1280.0, 800.0], 1.0, UiState::default());
    for _ in 0..30 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let focused: Vec<Role> = harness
            .query_all(egui_kittest::kittest::by().predicate(is_focused))
            .map(|n| n.accesskit_node().role())
            .collect();
        assert!(
            !focused.contains(&Role::Label),
            "Tab reached a paragraph: {focused:?}"
        );
    }
}

#[test]
fn a_link_that_has_the_keyboard_shows_a_focus_ring() {
    let mut harness = opened("how-to-become", TALL);
    let link = harness.get_by_role_and_label(Role::Link, "American Medical Technologists (AMT)");
    link.focus();
    harness.run();
    let link = harness
        .get_by_role_and_label(Role::Link, "American Medical Technologists (AMT)")
        .rect();
    let ringed = common::paint::focus_ring_around(&harness, link);
    assert!(ringed, "a ring around the focused link at {link:?}");
}

#[test]
fn search_finds_an_organisation_and_marks_its_entry_in_where_to_go_next() {
    let mut harness = common::app::searched([1280.0, 800.0], "accrediting agency");
    let results = common::app::results(&harness);
    assert!(
        results.iter().any(|r| r.contains(
            "National Accrediting Agency for Clinical Laboratory Sciences (NAACLS): Approves programs"
        )),
        "{results:?}"
    );
    let hit = common::app::open_hit(&mut harness, |hit, _| {
        hit.snippet
            .starts_with("National Accrediting Agency for Clinical Laboratory Sciences (NAACLS)")
    });
    assert_eq!(
        hit.part,
        Some(medtech_guide::search::Part::Item(3)),
        "the fourth organisation"
    );
    let marks = common::paint::found_marks(&harness);
    let link = harness
        .get_by_role_and_label(
            Role::Link,
            "National Accrediting Agency for Clinical Laboratory Sciences (NAACLS)",
        )
        .rect();
    assert!(
        marks.len() == 1 && marks[0].contains_rect(link),
        "one mark, round the entry: {marks:?} and {link:?}"
    );
}
