//! The steps into the job (every `Steps` block of the guide, in order), each with what it takes
//! and costs as the guide says, and which steps the guide gives neither for.

use crate::model::{Block, Guide, guide::Step};

/// One step as the handout (and the plan) lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepLine {
    pub title: String,
    /// "Takes 1–2 years. Costs $10,000–$30,000.", or `None` where the guide gives neither.
    pub line: Option<String>,
}

fn step_line(step: &Step) -> Option<String> {
    match (&step.duration, &step.cost) {
        (Some(d), Some(c)) => Some(format!("Takes {d}. Costs {c}.")),
        (Some(d), None) => Some(format!("Takes {d}. The guide gives no cost.")),
        (None, Some(c)) => Some(format!("Costs {c}. The guide gives no duration.")),
        (None, None) => None,
    }
}

/// "2, 3 and 4".
fn and_list(numbers: &[usize]) -> String {
    let words: Vec<String> = numbers.iter().map(ToString::to_string).collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// "One", "Six", …, or the number past ten.
fn number_word(n: usize) -> String {
    let words = [
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ];
    words.get(n).map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// The steps with their heading and the note on those without figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Steps {
    /// "Six steps to get there".
    pub heading: String,
    pub steps: Vec<StepLine>,
    /// "The guide gives no duration or cost for steps 1 and 6.", if any lack both.
    pub without_figures: Option<String>,
}

/// Every step of the guide's `Steps` blocks, in order.
#[must_use]
pub fn steps(guide: &Guide) -> Steps {
    let all: Vec<&Step> = guide
        .text
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|block| match block {
            Block::Steps { steps, .. } => Some(steps),
            _ => None,
        })
        .flatten()
        .collect();
    let steps: Vec<StepLine> = all
        .iter()
        .map(|s| StepLine {
            title: s.title.clone(),
            line: step_line(s),
        })
        .collect();
    let without: Vec<usize> = steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.line.is_none())
        .map(|(i, _)| i + 1)
        .collect();
    let without_figures = (!without.is_empty()).then(|| {
        let step_word = if without.len() == 1 { "step" } else { "steps" };
        format!(
            "The guide gives no duration or cost for {step_word} {}.",
            and_list(&without)
        )
    });
    Steps {
        heading: format!("{} steps to get there", number_word(steps.len())),
        steps,
        without_figures,
    }
}
