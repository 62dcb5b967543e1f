//! Loading the data: the bundled guide end to end, parsing and validating separately, and a
//! synthetic guide 100 times larger (built here, never written to disk) to show how both scale.
//!
//! `cargo bench --bench load`. Budget (README "Performance"): the bundled data loads in ≤ 2 ms.
#![expect(clippy::expect_used, reason = "a bench with broken set-up should stop loudly")]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use medtech_guide::model::{
    GlobalSalaries, Guide, GuideText, Readiness, SalaryByExperience,
    load::{self, DataFile},
    validate::{self, Files},
};

/// How many copies of the bundled sections the synthetic guide holds.
const SCALE: usize = 100;

/// The bundled guide text with its sections repeated `SCALE` times, ids suffixed `-1`, `-2`, …
fn synthetic_guide(bundled: &DataFile) -> DataFile {
    let text: GuideText = ron::from_str(&bundled.text).expect("the bundled guide parses");
    let sections = (1..=SCALE)
        .flat_map(|n| {
            text.sections.iter().map(move |section| {
                let mut copy = section.clone();
                copy.id = format!("{}-{n}", section.id);
                copy
            })
        })
        .collect();
    let big = GuideText { sections, ..text };
    DataFile {
        display_name: "synthetic/guide.ron".to_owned(),
        text: ron::to_string(&big).expect("the synthetic guide serializes"),
    }
}

/// Parses the four files without validating them.
fn parse_only(files: Files<'_>) -> Guide {
    Guide {
        text: load::parse::<GuideText>(files.guide, "GuideText").expect("guide parses"),
        salary: load::parse::<SalaryByExperience>(files.salary, "SalaryByExperience").expect("salary parses"),
        global: load::parse::<GlobalSalaries>(files.global, "GlobalSalaries").expect("global parses"),
        readiness: load::parse::<Readiness>(files.readiness, "Readiness").expect("readiness parses"),
        origin: medtech_guide::model::DataOrigin::Bundled,
    }
}

fn bundled(c: &mut Criterion) {
    let [guide, salary, global, readiness] = load::bundled_files();
    let files = Files {
        guide: &guide,
        salary: &salary,
        global: &global,
        readiness: &readiness,
    };
    let bytes = guide.text.len() + salary.text.len() + global.text.len() + readiness.text.len();
    let mut group = c.benchmark_group("load/bundled");
    group.throughput(Throughput::Bytes(bytes as u64));
    // What the app does at start-up: copy the embedded text, parse, validate.
    group.bench_function("load_bundled", |b| {
        b.iter(|| black_box(load::load_bundled().expect("bundled data is valid")));
    });
    group.bench_function("parse_and_validate", |b| {
        b.iter(|| black_box(load::parse_and_validate(files).expect("valid")));
    });
    group.bench_function("parse_only", |b| {
        b.iter(|| black_box(parse_only(files)));
    });
    let parsed = parse_only(files);
    group.bench_function("validate_only", |b| {
        b.iter(|| {
            let problems = validate::validate(&parsed, files);
            assert!(problems.is_empty());
            black_box(problems)
        });
    });
    group.finish();
}

fn synthetic(c: &mut Criterion) {
    let [guide, salary, global, readiness] = load::bundled_files();
    let big = synthetic_guide(&guide);
    let files = Files {
        guide: &big,
        salary: &salary,
        global: &global,
        readiness: &readiness,
    };
    let bytes = big.text.len() + salary.text.len() + global.text.len() + readiness.text.len();
    let mut group = c.benchmark_group(format!("load/synthetic_x{SCALE}"));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("parse_and_validate", |b| {
        b.iter(|| {
            let loaded = load::parse_and_validate(files).expect("valid");
            assert_eq!(loaded.text.sections.len(), 13 * SCALE);
            black_box(loaded)
        });
    });
    group.bench_function("parse_only", |b| {
        b.iter(|| black_box(parse_only(files)));
    });
    let parsed = parse_only(files);
    group.bench_function("validate_only", |b| {
        b.iter(|| black_box(validate::validate(&parsed, files)));
    });
    group.finish();
}

criterion_group!(benches, bundled, synthetic);
criterion_main!(benches);
