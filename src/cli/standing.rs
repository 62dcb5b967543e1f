//! `where`: the "where my pay falls" result as plain text, laid out from the lines that
//! [`StandingWords`] words once for every output.

use std::fmt::Write as _;

use super::{CliError, WhereArgs, output};
use crate::{
    chart::{SalaryChart, Standing},
    model::Guide,
    present::StandingWords,
};

/// Prints where `args`' years and pay fall in `guide`.
pub(super) fn print_where(guide: &Guide, args: &WhereArgs) -> Result<(), CliError> {
    let chart = SalaryChart::from_guide(guide);
    let facts = &guide.text.key_facts;
    let standing = Standing::at(&chart, &facts.salary_range, args.years, args.pay)
        .map_err(|e| CliError::Failed(e.to_string()))?;
    output::print(&text(&StandingWords::new(&standing, &chart, facts)))
}

/// The heading, each line with its note marks and its source under it ("as above" when it is
/// the line before's), then the notes.
fn text(words: &StandingWords) -> String {
    let mut out = format!("{}\n\n", words.heading);
    let mut previous: Option<&str> = None;
    for line in &words.lines {
        let _ = writeln!(out, "{}: {}{}", line.label, line.text, line.marks());
        let source = if previous == Some(line.source.as_str()) {
            "as above"
        } else {
            line.source.as_str()
        };
        let _ = writeln!(out, "  Source: {source}");
        previous = Some(&line.source);
    }
    if !words.notes.is_empty() {
        out.push_str("\nNotes\n");
        for (n, note) in words.notes.iter().enumerate() {
            let _ = writeln!(out, "[{}] {note}", n + 1);
        }
    }
    out
}
