//! The search index: building it at start-up, and one query (what each keystroke in the search
//! box costs), on the bundled guide and on one with its sections repeated 100 times.
//!
//! `cargo bench --bench search`. Budget (README "Performance"): ≤ 1 ms per keystroke.
#![expect(clippy::expect_used, reason = "a bench with broken set-up should stop loudly")]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use medtech_guide::{
    model::{Guide, load},
    search::SearchIndex,
};

/// How many copies of the bundled sections the synthetic guide holds.
const SCALE: usize = 100;

/// Queries as typed: one letter (many hits, cut to `MAX_HITS`), a word, an accented word, a
/// phrase, and one found nowhere (every entry scanned, nothing kept).
const QUERIES: [(&str, &str); 5] = [
    ("one_letter", "e"),
    ("word", "phlebotomy"),
    ("accented", "PHLÉBOTOMIE"),
    ("phrase", "career path"),
    ("no_match", "zzzz-not-in-guide"),
];

fn synthetic(guide: &Guide) -> Guide {
    let mut big = guide.clone();
    big.text.sections = (1..=SCALE)
        .flat_map(|n| {
            guide.text.sections.iter().map(move |section| {
                let mut copy = section.clone();
                copy.id = format!("{}-{n}", section.id);
                copy
            })
        })
        .collect();
    big
}

fn bench_guide(c: &mut Criterion, name: &str, guide: &Guide) {
    let mut group = c.benchmark_group(format!("search/{name}"));
    if name != "bundled" {
        group.sample_size(20);
    }
    group.bench_function("build_index", |b| b.iter(|| black_box(SearchIndex::build(guide))));
    let index = SearchIndex::build(guide);
    for (label, query) in QUERIES {
        group.bench_function(format!("query_{label}"), |b| {
            b.iter(|| black_box(index.search(black_box(query))));
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let guide = load::load_bundled().expect("the bundled data is valid");
    bench_guide(c, "bundled", &guide);
    bench_guide(c, &format!("synthetic_x{SCALE}"), &synthetic(&guide));
}

criterion_group!(benches, search);
criterion_main!(benches);
