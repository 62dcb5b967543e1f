//! Our prose is our own: no sentence shares a run of eight words with the source web page
//! ("Complete Medical Technician Career Guide", Himalayas). The page itself is not in the
//! repository; `tests/originality/shingles.txt` holds a hash of each of its eight-word runs
//! (made by `tests/originality/make_shingles.py`, which normalizes text exactly as below).
//!
//! Names of organizations, certifications, degrees and occupations count as one word, and the
//! terms of the technical-skills list are left out: those may match the page.

use std::collections::HashSet;

use medtech_guide::model::{Block, Guide, load::load_bundled};

const RUN: usize = 8;

/// Keep in step with `NAMES` in `make_shingles.py`.
const NAMES: [&str; 15] = [
    "american society for clinical pathology",
    "national accrediting agency for clinical laboratory sciences",
    "national association of health services executives",
    "health and care professions council",
    "national healthcareer association",
    "american medical technologists",
    "women in healthcare leadership",
    "medical laboratory technician",
    "medical laboratory scientist",
    "medical laboratory technology",
    "associate of science",
    "u.s. bureau of labor statistics",
    "clinical laboratory technologists and technicians",
    "electronic health record",
    "laboratory information system",
];

/// The list whose items are terms, not prose.
const SKILL_LIST: &str = "Technical skills";

fn words(text: &str) -> Vec<String> {
    let mut text = text.to_lowercase().replace('\u{2019}', "'");
    for name in NAMES {
        text = text.replace(name, " name ");
    }
    text.split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '$' | '€' | '\'')))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xCBF2_9CE4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3)
    })
}

fn source_shingles() -> HashSet<u64> {
    include_str!("../../originality/shingles.txt")
        .lines()
        .filter_map(|line| u64::from_str_radix(line, 16).ok())
        .collect()
}

/// The eight-word runs of `sentence` that the page also has.
fn shared_runs(sentence: &str, shingles: &HashSet<u64>) -> Vec<String> {
    let words = words(sentence);
    words
        .windows(RUN)
        .map(|run| run.join(" "))
        .filter(|run| shingles.contains(&fnv1a(run)))
        .collect()
}

/// Every piece of prose the app shows from the data.
fn prose(guide: &Guide) -> Vec<String> {
    let text = &guide.text;
    let mut out = vec![text.summary.clone(), text.key_facts.typical_education.clone()];
    out.extend(text.key_facts.notes().iter().map(|(_, note)| note.text.clone()));
    for section in &text.sections {
        for block in &section.blocks {
            match block {
                Block::Paragraph(p) => out.push(p.clone()),
                Block::List { heading, items } if heading.as_deref() != Some(SKILL_LIST) => {
                    out.extend(items.iter().cloned());
                }
                Block::Terms { items, .. } => out.extend(items.iter().map(|t| t.text.clone())),
                Block::Steps { steps, .. } => out.extend(steps.iter().map(|s| s.text.clone())),
                Block::Faq(items) => {
                    for qa in items {
                        out.push(qa.question.clone());
                        out.push(qa.answer.clone());
                    }
                }
                Block::ProsCons { pros, cons } => out.extend(pros.iter().chain(cons).cloned()),
                Block::RelatedCareers(careers) => out.extend(careers.iter().map(|c| c.text.clone())),
                _ => {}
            }
        }
    }
    for level in &guide.salary.levels {
        out.push(level.role.clone());
        out.push(level.focus.clone());
    }
    out.extend(guide.global.footnotes());
    // The readiness items' own prose: the skills' descriptions are the guide's (checked above).
    let readiness = &guide.readiness;
    for certification in &readiness.certifications {
        out.push(certification.description.clone());
    }
    for step in &readiness.steps {
        out.push(step.description.clone());
        out.extend(step.ways.iter().map(|w| w.description.clone()));
    }
    for route in &readiness.routes {
        out.push(route.description.clone());
        out.extend(route.note.iter().map(|n| n.text.clone()));
    }
    out
}

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['.', ';', ':', '?', '!'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

#[test]
fn no_sentence_shares_eight_words_with_the_source() {
    let guide = load_bundled().expect("bundled data loads");
    let shingles = source_shingles();
    assert!(
        shingles.len() > 5_000,
        "the shingle file is the page's: {}",
        shingles.len()
    );
    let mut copied = Vec::new();
    let mut checked = 0;
    for text in prose(&guide) {
        for sentence in sentences(&text) {
            checked += 1;
            let runs = shared_runs(sentence, &shingles);
            if let Some(run) = runs.first() {
                copied.push(format!("{sentence}\n    shares: \"{run}\""));
            }
        }
    }
    assert!(
        checked > 250,
        "only {checked} sentences found: is the prose walk complete?"
    );
    assert!(
        copied.is_empty(),
        "{} sentences copy the source:\n{}",
        copied.len(),
        copied.join("\n")
    );
}

#[test]
fn a_sentence_copied_from_the_source_is_caught() {
    let shingles = source_shingles();
    // The page's own words (its market commentary), and the same fact in ours.
    let copied = "The supply of qualified Medical Technicians generally keeps pace with demand.";
    let ours = "In general the number of qualified technicians keeps pace with demand, though shortages may arise in particular regions.";
    assert_eq!(
        shared_runs(copied, &shingles),
        [
            "the supply of qualified medical technicians generally keeps",
            "supply of qualified medical technicians generally keeps pace",
            "of qualified medical technicians generally keeps pace with",
            "qualified medical technicians generally keeps pace with demand"
        ]
    );
    assert!(shared_runs(ours, &shingles).is_empty());
}

#[test]
fn names_count_as_one_word() {
    assert_eq!(
        words("The American Society for Clinical Pathology (ASCP) offers"),
        ["the", "name", "ascp", "offers"]
    );
}
