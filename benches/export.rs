//! Exports, as the bytes of the file (no disk I/O): each chart as PNG (1600×1000), SVG, PDF and
//! CSV, the PNG's stages apart (SVG, rasterizing, encoding), the guide as HTML and Markdown, and
//! the printed documents: the whole guide as tagged PDF, the handout as PDF and PNG.
//!
//! `cargo bench --bench export`. Budgets (README "Performance"): PNG ≤ 60 ms, SVG ≤ 10 ms,
//! guide PDF ≤ 250 ms, handout PDF ≤ 100 ms.
#![expect(clippy::expect_used, reason = "a bench with broken set-up should stop loudly")]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use medtech_guide::{
    export::{
        self, ChartFormat, ChartId, GuideFormat, RenderOptions,
        pdf::{self, Paper},
        render,
    },
    model::load,
    present::Presentation,
};

fn charts(c: &mut Criterion) {
    let guide = Presentation::of(load::load_bundled().expect("the bundled data is valid"));
    let options = RenderOptions {
        width: 1600,
        height: 1000,
        ..RenderOptions::default()
    };
    for chart in ChartId::ALL {
        let mut group = c.benchmark_group(format!("export/{}", chart.slug()));
        group.sample_size(20);
        for format in ChartFormat::ALL {
            group.bench_function(format.extension(), |b| {
                b.iter(|| black_box(export::export_chart(&guide, chart, format, &options).expect("exports")));
            });
        }
        // The PNG's stages: SVG text, rasterized pixels, PNG encoding.
        let svg = export::chart_svg(&guide, chart, &options).expect("svg");
        group.bench_function("png_stage_parse_svg", |b| {
            b.iter(|| black_box(render::parse(&svg).expect("parses")));
        });
        group.bench_function("png_stage_rasterize", |b| {
            b.iter(|| black_box(render::rgba(&svg, options.width, options.height).expect("renders")));
        });
        let pixels = render::rgba(&svg, options.width, options.height).expect("renders");
        let title = chart.title(guide.guide());
        group.bench_function("png_stage_encode", |b| {
            b.iter(|| {
                black_box(render::png(&pixels, options.width, options.height, &title).expect("encodes"))
            });
        });
        group.finish();
    }
}

fn guide(c: &mut Criterion) {
    let guide = Presentation::of(load::load_bundled().expect("the bundled data is valid"));
    let options = RenderOptions::default();
    let mut group = c.benchmark_group("export/guide");
    group.sample_size(20);
    for format in [GuideFormat::Html, GuideFormat::Markdown] {
        group.bench_function(format.extension(), |b| {
            b.iter(|| black_box(export::export_guide(&guide, format, &options)));
        });
    }
    group.finish();
}

fn print(c: &mut Criterion) {
    let guide = Presentation::of(load::load_bundled().expect("the bundled data is valid"));
    let mut group = c.benchmark_group("export/print");
    group.sample_size(10);
    for paper in Paper::ALL {
        group.bench_function(format!("guide_pdf_{}", paper.slug()), |b| {
            b.iter(|| black_box(pdf::guide_pdf(&guide, paper).expect("guide PDF")));
        });
        group.bench_function(format!("handout_pdf_{}", paper.slug()), |b| {
            b.iter(|| black_box(pdf::handout_pdf(&guide, paper).expect("handout PDF")));
        });
    }
    // The guide's stages: layout (three passes for the contents' page numbers), then writing.
    group.bench_function("guide_layout_a4", |b| {
        b.iter(|| black_box(pdf::guide::layout(&guide, Paper::A4)));
    });
    let layout = pdf::guide::layout(&guide, Paper::A4);
    group.bench_function("guide_write_a4", |b| {
        b.iter(|| black_box(pdf::paint::pdf(&layout).expect("writes")));
    });
    group.bench_function("handout_png_a4", |b| {
        b.iter(|| black_box(pdf::handout_png(&guide, Paper::A4).expect("handout PNG")));
    });
    group.finish();
}

criterion_group!(benches, charts, guide, print);
criterion_main!(benches);
