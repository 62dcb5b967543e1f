//! The About dialog's sources: a web page named in the data is a link that opens it; any other
//! address is shown as text and never opened.

use crate::common;
use crate::common::app::open_menu;

use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    state::UiState,
};

const BLS_PAGE: &str =
    "https://www.bls.gov/ooh/healthcare/clinical-laboratory-technologists-and-technicians.htm";

fn about(options: AppOptions) -> Harness<'static, GuideApp> {
    let mut harness = common::app::harness([1280.0, 1000.0], options, UiState::default());
    harness.run();
    open_menu(&mut harness, "Help");
    harness.get_by_label("About medtech-guide…").click();
    harness.run();
    harness
}

#[test]
fn a_source_with_a_web_page_is_a_link_that_opens_it() {
    let mut harness = about(AppOptions::default());
    let label = "Checked against: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, May 2023";
    harness.get_by_role_and_label(Role::Link, label).click();
    harness.step();
    assert_eq!(common::app::opened_urls(&harness), vec![BLS_PAGE.to_owned()]);
    // Sources without a page are plain text (behind the dialog, the page's own note links).
    let links: Vec<String> = harness
        .query_all_by_role(Role::Link)
        .filter_map(|link| link.accesskit_node().label())
        .filter(|label| label != "See the data note below")
        .collect();
    assert!(
        links.iter().all(|label| label.starts_with("Checked against")),
        "only the sources with a page are links: {links:?}"
    );
}

#[test]
fn a_source_address_that_is_not_a_web_page_is_text_and_never_opened() {
    let dir = common::data::copy_data_dir();
    let guide = dir.path().join("guide.ron");
    let text = common::files::read_to_string(&guide);
    assert!(text.contains(BLS_PAGE), "the bundled guide names the BLS page");
    std::fs::write(&guide, text.replace(BLS_PAGE, "javascript:alert(1)"))
        .unwrap_or_else(|e| panic!("cannot write the copy: {e}"));
    let mut harness = about(AppOptions {
        data_dir: Some(dir.path().to_path_buf()),
        ..AppOptions::default()
    });
    let source_links = harness
        .query_all_by_role(Role::Link)
        .filter_map(|link| link.accesskit_node().label())
        .filter(|label| label.starts_with("Checked against"))
        .count();
    assert_eq!(source_links, 0, "no source is a link");
    let label = "Checked against: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, May 2023";
    harness.get_by_label(label).click();
    harness.step();
    assert_eq!(common::app::opened_urls(&harness), Vec::<String>::new());
}
