//! Tables read as tables by a screen reader (from the same `AccessKit` tree the platform adapters
//! get): a named table of rows, a header row of column headers, cells under them, so a reader
//! hears "US median, $36,000".

use crate::common;
use crate::common::app::{TALL, opened};

use common::{
    a11y::{roles, seen_children, texts},
    data::level_titles,
};
use egui::accesskit::Role;
use egui_kittest::{
    Harness, Node,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{
    app::GuideApp,
    ui_command::{ControlKey, KeyNames, UiCommand},
};

/// What a reader hears for each cell of `row`: the column's header, then the cell.
fn heard(header: &Node<'_>, row: &Node<'_>) -> Vec<String> {
    texts(&seen_children(header))
        .into_iter()
        .zip(texts(&seen_children(row)))
        .map(|(header, cell)| format!("{header}, {cell}"))
        .collect()
}

/// The table named `name`: its rows, each a row of cells, the first of column headers.
fn table_rows<'t>(harness: &'t Harness<'static, GuideApp>, name: &'t str) -> Vec<Node<'t>> {
    let table = harness.get_by_role_and_label(Role::Table, name);
    let rows = seen_children(&table);
    assert!(
        rows.iter().all(|r| r.accesskit_node().role() == Role::Row),
        "{:?}",
        roles(&rows)
    );
    rows
}

#[test]
fn the_salary_table_reads_as_a_table_with_column_headers() {
    let harness = opened("salary", TALL);
    let rows = table_rows(&harness, "Salary by experience level");
    let levels = level_titles();
    assert_eq!(rows.len(), 1 + levels.len(), "a header row and one row per level");
    let Some((header, body)) = rows.split_first() else {
        unreachable!("six rows")
    };
    let headers = seen_children(header);
    assert_eq!(roles(&headers), vec![Role::ColumnHeader; 4]);
    assert_eq!(
        texts(&headers),
        ["Level", "Experience", "US median", "US average"]
    );
    for (row, level) in body.iter().zip(&levels) {
        let cells = seen_children(row);
        assert_eq!(roles(&cells), vec![Role::Cell; 4]);
        assert_eq!(
            texts(&cells).first(),
            Some(level),
            "each row starts with its level"
        );
    }
    let junior = heard(header, &body[0]);
    assert!(junior.contains(&"US median, $36,000".to_owned()), "{junior:?}");
    assert!(
        junior.contains(&"Level, Junior Medical Technician".to_owned()),
        "{junior:?}"
    );
}

#[test]
fn the_world_table_reads_as_a_table_with_column_headers() {
    let harness = opened("global", TALL);
    let rows = table_rows(&harness, "Salaries around the world");
    let Some((header, body)) = rows.split_first() else {
        unreachable!("a header row")
    };
    assert_eq!(
        texts(&seen_children(header)),
        ["Region", "Covers", "Local currency, per year", "USD, per year"]
    );
    let canada = body
        .iter()
        .map(|row| heard(header, row))
        .find(|cells| cells.first().is_some_and(|c| c == "Region, Canada"))
        .expect("a row for Canada");
    assert!(
        canada.iter().any(|c| c.starts_with("USD, per year, $37,000")),
        "{canada:?}"
    );
}

#[test]
fn the_shortcut_sheet_is_a_table_of_keys_and_what_they_do() {
    let mut harness = opened("overview", TALL);
    harness.key_press(egui::Key::F1);
    harness.run();
    let rows = table_rows(&harness, "Shortcut keys");
    // One row per command with keys: its keys, then what it does, in the order of the commands;
    // then the keys of the focused control.
    let expected: Vec<Vec<String>> = UiCommand::all()
        .map(|command| (command.all_shortcuts_text(KeyNames::NAMES), command.description()))
        .filter(|(keys, _)| !keys.is_empty())
        .chain(ControlKey::all().map(|key| (key.keys_text(KeyNames::NAMES), key.description())))
        .map(|(keys, description)| vec![keys, description.to_owned()])
        .collect();
    let read: Vec<Vec<String>> = rows.iter().map(|row| texts(&seen_children(row))).collect();
    assert_eq!(read, expected);
    assert!(
        rows.iter()
            .flat_map(|row| seen_children(row))
            .all(|cell| cell.accesskit_node().role() == Role::Cell)
    );
}
