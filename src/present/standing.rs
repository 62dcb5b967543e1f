//! The "where my pay falls" result in words, built once here from `chart::standing`'s numbers:
//! each figure a line with its source and the data notes that apply. The command line prints
//! these lines; the window, the plan and its exports lay out the same ones.

use crate::{
    chart::{
        LevelSpan, SalaryChart,
        standing::{Comparison, PayStanding, RangePosition, Side, Standing},
        years_text,
    },
    model::{KeyFacts, format},
};

/// One figure of the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordLine {
    /// What the line gives: "Level", "Level median", "Overall range".
    pub label: &'static str,
    /// The figure in a sentence.
    pub text: String,
    /// Where the figure comes from.
    pub source: String,
    /// The notes that apply, as positions in [`StandingWords::notes`], counted from 1.
    pub notes: Vec<usize>,
}

impl WordLine {
    /// The marks of its notes, as every output writes them after the line: " [1] [2]".
    #[must_use]
    pub fn marks(&self) -> String {
        self.notes
            .iter()
            .map(|n| format!(" [{n}]"))
            .fold(String::new(), |out, mark| out + &mark)
    }
}

/// The whole result in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandingWords {
    /// "Where 3 years of experience and $41,000 a year fall".
    pub heading: String,
    pub lines: Vec<WordLine>,
    /// Each note once, in the order the lines first refer to it.
    pub notes: Vec<String>,
}

impl StandingWords {
    /// The lines for `standing`, with the sources and notes of `chart` and `facts`.
    #[must_use]
    pub fn new(standing: &Standing, chart: &SalaryChart, facts: &KeyFacts) -> Self {
        let years = years_text(standing.years);
        let heading = match &standing.pay {
            Some(pay) => format!(
                "Where {years} of experience and {} a year fall",
                format::usd(pay.usd)
            ),
            None => format!("Where {years} of experience fall"),
        };
        let mut words = Self {
            heading,
            lines: Vec::new(),
            notes: Vec::new(),
        };
        let level = &standing.level;
        let levels_source = &chart.levels_source;
        let years_label = match &level.years_note {
            Some(note) => format!("{} {note}", level.years_label),
            None => level.years_label.clone(),
        };
        let boundary = chart
            .levels
            .get(standing.index.wrapping_sub(1))
            .filter(|_| standing.on_boundary)
            .map(|before| {
                format!(
                    "At {years} the guide's {} ({}) and {} ({}) meet; the later level is given, as on the chart.",
                    before.title, before.years_label, level.title, level.years_label
                )
            });
        words.line(
            "Level",
            format!("{} ({years_label})", level.title),
            levels_source,
            boundary,
        );
        words.line(
            "Level median",
            format!("{} a year", format::usd(level.median_usd)),
            levels_source,
            None,
        );
        words.line(
            "Level average",
            format!("{} a year", format::usd(level.average_usd)),
            levels_source,
            None,
        );
        if let Some(pay) = &standing.pay {
            words.pay_lines(pay, level, chart, facts);
        }
        let median = &facts.median_salary;
        words.line(
            "Guide median",
            format!(
                "{} a year, the median the guide gives for the job as a whole",
                format::usd(median.usd_per_year)
            ),
            &chart.median_source,
            median.note.as_ref().map(crate::model::DataNote::full_text),
        );
        words
    }

    /// The lines that compare a pay: with the level's median, the nearest median, the range.
    fn pay_lines(&mut self, pay: &PayStanding, level: &LevelSpan, chart: &SalaryChart, facts: &KeyFacts) {
        let levels_source = &chart.levels_source;
        let usd = format::usd(pay.usd);
        let against = against(&pay.against_median);
        self.line(
            "Against the level median",
            format!("{usd} is {against} the {} median", level.title),
            levels_source,
            None,
        );
        let nearest = chart.levels.get(pay.nearest.index);
        let tied = pay.nearest.tied_with.and_then(|i| chart.levels.get(i));
        let away = money(pay.nearest.comparison.distance_usd());
        let text = match (nearest, tied) {
            (Some(first), Some(second)) => format!(
                "{} ({}) and {} ({}), equally: {away} from each",
                first.title,
                format::usd(first.median_usd),
                second.title,
                format::usd(second.median_usd)
            ),
            (Some(first), None) => {
                format!("{} ({}), {away} away", first.title, format::usd(first.median_usd))
            }
            (None, _) => String::new(),
        };
        self.line("Nearest level median", text, levels_source, None);
        let range = &facts.salary_range;
        let label = range.label();
        let text = match pay.range {
            RangePosition::Inside => format!("{usd} is inside the guide's overall range, {label}"),
            RangePosition::Below => format!(
                "{usd} is below the guide's overall range, {label}, by {}",
                money(u64::from(range.min_usd_per_year.saturating_sub(pay.usd)))
            ),
            RangePosition::OpenTop => format!(
                "{usd} is above {}, in the open top of the guide's overall range, {label}; the guide gives no figure beyond {}",
                format::usd(range.max_usd_per_year),
                format::usd(range.max_usd_per_year)
            ),
            RangePosition::Above => format!(
                "{usd} is above the guide's overall range, {label}, by {}",
                money(u64::from(pay.usd.saturating_sub(range.max_usd_per_year)))
            ),
        };
        let note = range.note.as_ref().map(crate::model::DataNote::full_text);
        self.line("Overall range", text, &chart.range_source, note);
    }

    fn line(&mut self, label: &'static str, text: String, source: &str, note: Option<String>) {
        let notes = note
            .map(|note| {
                let at = self.notes.iter().position(|n| *n == note).unwrap_or_else(|| {
                    self.notes.push(note);
                    self.notes.len() - 1
                });
                vec![at + 1]
            })
            .unwrap_or_default();
        self.lines.push(WordLine {
            label,
            text,
            source: source.to_owned(),
            notes,
        });
    }
}

/// "$4,000 below" / "$4,000 above" / "exactly at", with the share: "$4,000 (8.9%) below".
fn against(comparison: &Comparison) -> String {
    let reference = format::usd(comparison.reference_usd);
    let by = money(comparison.distance_usd());
    let share = comparison
        .share()
        .map_or(String::new(), |share| format!(" ({})", percent(share)));
    match comparison.side() {
        Side::At => format!("exactly at {reference}, which is"),
        Side::Below => format!("{by}{share} below {reference},"),
        Side::Above => format!("{by}{share} above {reference},"),
    }
}

/// A share as a percentage to one decimal: "8.9%"; "under 0.1%" for a sliver.
fn percent(share: f64) -> String {
    let percent = share * 100.0;
    if percent > 0.0 && percent < 0.05 {
        "under 0.1%".to_owned()
    } else {
        format!("{percent:.1}%")
    }
}

/// Whole US dollars: "$4,000" (amounts past `u32::MAX` read as that much).
fn money(usd: u64) -> String {
    format::usd(u32::try_from(usd).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{chart::standing::Standing, model::load::load_bundled};

    fn words(years: f64, pay: Option<u32>) -> StandingWords {
        let guide = load_bundled().expect("the bundled data loads");
        let chart = SalaryChart::from_guide(&guide);
        let facts = &guide.text.key_facts;
        let standing = Standing::at(&chart, &facts.salary_range, years, pay).expect("a standing");
        StandingWords::new(&standing, &chart, facts)
    }

    fn texts(words: &StandingWords) -> Vec<(&str, &str)> {
        words.lines.iter().map(|l| (l.label, l.text.as_str())).collect()
    }

    #[test]
    fn a_phlebotomist_with_three_years_and_an_offer_hears_the_guides_figures() {
        let words = words(3.0, Some(41_000));
        assert_eq!(
            words.heading,
            "Where 3 years of experience and $41,000 a year fall"
        );
        assert_eq!(
            texts(&words),
            [
                ("Level", "Medical Technician (2–4 years)"),
                ("Level median", "$45,000 a year"),
                ("Level average", "$47,000 a year"),
                (
                    "Against the level median",
                    "$41,000 is $4,000 (8.9%) below $45,000, the Medical Technician median"
                ),
                (
                    "Nearest level median",
                    "Medical Technician ($45,000), $4,000 away"
                ),
                (
                    "Overall range",
                    "$41,000 is inside the guide's overall range, $35k–$85k+"
                ),
                (
                    "Guide median",
                    "$57,380 a year, the median the guide gives for the job as a whole"
                ),
            ]
        );
        let level = words.lines.first().expect("a level line");
        assert!(
            level.source.contains("names no primary source or year"),
            "{}",
            level.source
        );
        let [range_note, median_note] = words.notes.as_slice() else {
            panic!("two notes: {:?}", words.notes);
        };
        assert!(range_note.starts_with("The guide names no source for this range"));
        assert!(
            median_note.contains("$60,780"),
            "BLS's May 2023 median: {median_note}"
        );
        let numbers: Vec<&[usize]> = words.lines.iter().map(|l| l.notes.as_slice()).collect();
        assert_eq!(numbers, [&[][..], &[], &[], &[], &[], &[1], &[2]]);
    }

    #[test]
    fn a_student_with_nothing_hears_the_first_level_and_no_comparison() {
        let words = words(0.0, None);
        assert_eq!(words.heading, "Where 0 years of experience fall");
        let labels: Vec<&str> = words.lines.iter().map(|l| l.label).collect();
        assert_eq!(labels, ["Level", "Level median", "Level average", "Guide median"]);
        assert_eq!(texts(&words)[0].1, "Junior Medical Technician (0–2 years)");
    }

    #[test]
    fn pay_at_a_median_on_a_boundary_and_at_the_open_end() {
        let words = words(10.0, Some(75_000));
        let text = texts(&words);
        assert_eq!(
            text[0].1,
            "Medical Technologist (10+ years total experience, with significant time in senior roles)"
        );
        assert_eq!(
            text[3].1,
            "$75,000 is exactly at $75,000, which is the Medical Technologist median"
        );
        assert_eq!(
            words.notes[0],
            "At 10 years the guide's Lead Medical Technician (7–10 years) and Medical Technologist (10+ years) meet; the later level is given, as on the chart."
        );
        assert_eq!(words.lines[0].notes, [1]);
        let high = self::words(12.0, Some(95_000));
        assert_eq!(
            texts(&high)[5].1,
            "$95,000 is above $85,000, in the open top of the guide's overall range, $35k–$85k+; the guide gives no figure beyond $85,000"
        );
        let low = self::words(1.0, Some(30_000));
        assert_eq!(
            texts(&low)[5].1,
            "$30,000 is below the guide's overall range, $35k–$85k+, by $5,000"
        );
        assert_eq!(
            texts(&low)[3].1,
            "$30,000 is $6,000 (16.7%) below $36,000, the Junior Medical Technician median"
        );
    }

    #[test]
    fn a_pay_midway_names_both_medians() {
        let words = words(1.0, Some(40_500));
        assert_eq!(
            texts(&words)[4].1,
            "Junior Medical Technician ($36,000) and Medical Technician ($45,000), equally: $4,500 from each"
        );
    }
}
