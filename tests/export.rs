//! Chart and guide exports: every format of each chart through the library API, and the
//! `export` command line (standard output, usage errors, failures that must write nothing).

// The helpers below are test code too: a failed expectation in them is a failed test.
#![allow(clippy::expect_used)]

use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
    process::{Command, Stdio},
};

use medtech_guide::{
    chart::{GlobalChart, SalaryChart, SortOrder},
    export::{
        self, ChartFormat, ChartId, ExportError, ExportTheme, GuideFormat, RenderOptions, charts, font,
        render,
    },
    model::{Guide, load},
};
use resvg::usvg::roxmltree;

const BIN: &str = env!("CARGO_BIN_EXE_medtech-guide");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn guide() -> Guide {
    load::load_bundled().unwrap_or_else(|problems| panic!("bundled data: {}", problems.lines()))
}

fn options(width: u32, height: u32, theme: ExportTheme) -> RenderOptions {
    RenderOptions {
        width,
        height,
        theme,
        sort: SortOrder::default(),
    }
}

fn export(guide: &Guide, chart: ChartId, format: ChartFormat, options: &RenderOptions) -> Vec<u8> {
    export::export_chart(guide, chart, format, options)
        .unwrap_or_else(|e| panic!("{chart:?} as {format:?} {options:?}: {e}"))
}

/// Decodes a PNG: (width, height, RGBA pixels).
fn decode_png(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().expect("PNG header");
    let mut pixels = vec![0; reader.output_buffer_size().expect("buffer size")];
    let info = reader.next_frame(&mut pixels).expect("PNG data");
    assert_eq!(info.color_type, png::ColorType::Rgba, "PNG colour type");
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

fn distinct_colours(rgba: &[u8]) -> usize {
    rgba.chunks_exact(4)
        .map(|p| [p[0], p[1], p[2], p[3]])
        .collect::<BTreeSet<_>>()
        .len()
}

/// Every `<text>` element's whole content (its tspans joined), whitespace collapsed.
fn svg_texts(svg: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("SVG is not well-formed: {e}"));
    document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            let joined: String = n
                .descendants()
                .filter(roxmltree::Node::is_text)
                .filter_map(|d| d.text())
                .collect();
            joined.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// The labels each chart must show as text: level titles and years, or region names.
fn expected_labels(guide: &Guide, chart: ChartId) -> Vec<String> {
    match chart {
        ChartId::SalaryByExperience => {
            let chart = SalaryChart::from_guide(guide);
            let mut labels: Vec<String> = chart.levels.iter().map(|l| l.title.clone()).collect();
            labels.extend(chart.levels.iter().map(|l| l.years_label.clone()));
            labels.extend([
                chart.title,
                chart.x_label,
                chart.y_label,
                chart.median_label,
                chart.average_label,
                chart.median_reference.label,
                chart.range_reference.label,
            ]);
            labels
        }
        ChartId::GlobalSalaries => {
            let chart = GlobalChart::from_guide(guide);
            let mut labels: Vec<String> = chart.regions.iter().map(charts::region_label).collect();
            labels.extend([chart.title, chart.x_label]);
            labels
        }
    }
}

#[test]
fn png_of_each_chart_has_exactly_the_requested_size_and_is_not_blank() {
    let guide = guide();
    for chart in ChartId::ALL {
        for (width, height) in [(1600, 1000), (640, 400), (333, 777), (200, 200)] {
            for theme in [ExportTheme::Light, ExportTheme::Dark] {
                let what = format!("{chart:?} {width}x{height} {theme:?}");
                let bytes = export(&guide, chart, ChartFormat::Png, &options(width, height, theme));
                let (w, h, pixels) = decode_png(&bytes);
                assert_eq!((w, h), (width, height), "{what}: size");
                let colours = distinct_colours(&pixels);
                assert!(colours >= 16, "{what}: only {colours} colours; blank?");
                // Opaque throughout: the background covers the whole image.
                assert!(
                    pixels.chunks_exact(4).all(|p| p[3] == 255),
                    "{what}: transparent pixels"
                );
            }
        }
    }
}

#[test]
fn png_uses_the_theme_palette() {
    let guide = guide();
    let has = |pixels: &[u8], colour: egui::Color32| {
        pixels
            .chunks_exact(4)
            .any(|p| p[0] == colour.r() && p[1] == colour.g() && p[2] == colour.b())
    };
    for theme in [ExportTheme::Light, ExportTheme::Dark] {
        let tokens = theme.tokens();
        let (_, _, salary) = decode_png(&export(
            &guide,
            ChartId::SalaryByExperience,
            ChartFormat::Png,
            &options(1600, 1000, theme),
        ));
        let (_, _, global) = decode_png(&export(
            &guide,
            ChartId::GlobalSalaries,
            ChartFormat::Png,
            &options(1600, 1000, theme),
        ));
        for (name, pixels, colour) in [
            ("background", &salary, tokens.background()),
            ("salary_median", &salary, tokens.salary_median),
            ("salary_average", &salary, tokens.salary_average),
            ("region_bar", &global, tokens.region_bar),
            ("region_highlight", &global, tokens.region_highlight),
            ("region_derived", &global, tokens.region_derived),
        ] {
            assert!(has(pixels, colour), "{theme:?}: no pixel of {name} {colour:?}");
        }
    }
}

#[test]
fn svg_of_each_chart_parses_and_has_every_label_as_text() {
    let guide = guide();
    for chart in ChartId::ALL {
        for theme in [ExportTheme::Light, ExportTheme::Dark] {
            let bytes = export(&guide, chart, ChartFormat::Svg, &options(1234, 777, theme));
            let svg = String::from_utf8(bytes).expect("SVG is UTF-8");
            let tree = render::parse(&svg).unwrap_or_else(|e| panic!("{chart:?}: usvg: {e}"));
            assert_eq!(
                (tree.size().width(), tree.size().height()),
                (1234.0, 777.0),
                "{chart:?}: SVG size"
            );
            let texts = svg_texts(&svg);
            for label in expected_labels(&guide, chart) {
                assert!(
                    texts.contains(&label),
                    "{chart:?}: no <text> reads {label:?}; texts: {texts:#?}"
                );
            }
            let source = match chart {
                ChartId::SalaryByExperience => SalaryChart::from_guide(&guide).source_line,
                ChartId::GlobalSalaries => GlobalChart::from_guide(&guide).source_line,
            };
            assert!(
                texts.iter().any(|t| t.contains(&source)),
                "{chart:?}: the source line {source:?} is missing"
            );
        }
    }
}

#[test]
fn global_chart_marks_the_derived_region_and_lists_regions_in_the_chosen_order() {
    let guide = guide();
    let model = GlobalChart::from_guide(&guide);
    let derived: Vec<_> = model
        .regions
        .iter()
        .filter(|r| r.derived_from.is_some())
        .collect();
    assert!(!derived.is_empty(), "the bundled data has a derived region");
    for order in SortOrder::ALL {
        let options = RenderOptions {
            sort: order,
            ..RenderOptions::default()
        };
        let svg = export::chart_svg(&guide, ChartId::GlobalSalaries, &options).expect("SVG");
        let texts = svg_texts(&svg);
        let positions: Vec<usize> = model
            .sorted(order)
            .iter()
            .map(|r| {
                let label = charts::region_label(r);
                // The last match: the highlighted region is also named in the legend, above.
                texts
                    .iter()
                    .rposition(|t| *t == label)
                    .unwrap_or_else(|| panic!("{order:?}: no label {label:?}"))
            })
            .collect();
        assert!(
            positions.is_sorted(),
            "{order:?}: regions out of order: {positions:?}"
        );
        for region in &derived {
            assert!(texts.contains(&format!("{} *", region.name)));
            assert!(
                texts
                    .iter()
                    .any(|t| t.starts_with(&format!("* {}:", region.name))),
                "{order:?}: no footnote for {}",
                region.name
            );
        }
    }
}

#[test]
fn every_character_on_the_charts_is_in_the_embedded_font() {
    let guide = guide();
    for chart in ChartId::ALL {
        let svg = export::chart_svg(&guide, chart, &RenderOptions::default()).expect("SVG");
        let all: String = svg_texts(&svg).join(" ");
        assert_eq!(font::missing_glyphs(&all), Vec::<char>::new(), "{chart:?}");
    }
}

#[test]
fn pdf_of_each_chart_is_a_pdf_titled_after_the_chart() {
    let guide = guide();
    for chart in ChartId::ALL {
        let bytes = export(&guide, chart, ChartFormat::Pdf, &RenderOptions::default());
        assert!(bytes.starts_with(b"%PDF-"), "{chart:?}: no PDF header");
        assert!(
            bytes.trim_ascii_end().ends_with(b"%%EOF"),
            "{chart:?}: no PDF trailer"
        );
        let text = String::from_utf8_lossy(&bytes);
        let title = chart.title(&guide);
        assert!(
            text.contains(&format!("/Title ({title})")),
            "{chart:?}: the document info has no title {title:?}"
        );
        // 1600×1000 CSS px at 96 per inch.
        assert!(text.contains("/MediaBox [0 0 1200 750]"), "{chart:?}: page size");
        // Text is embedded as text (a font subset with a Unicode map), not only as outlines.
        assert!(text.contains("/ToUnicode"), "{chart:?}: no ToUnicode map");
        assert!(text.contains("/FontFile2"), "{chart:?}: the font is not embedded");
    }
}

fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader
        .headers()
        .expect("CSV header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("CSV row").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn salary_csv_has_exactly_the_models_figures() {
    let guide = guide();
    let bytes = export(
        &guide,
        ChartId::SalaryByExperience,
        ChartFormat::Csv,
        &RenderOptions::default(),
    );
    let (header, rows) = parse_csv(&bytes);
    assert_eq!(
        header,
        [
            "level",
            "years_from",
            "years_to",
            "years_qualifier",
            "us_median_usd",
            "us_average_usd",
            "source"
        ]
    );
    let expected: Vec<Vec<String>> = guide
        .salary
        .levels
        .iter()
        .map(|l| {
            vec![
                l.title.clone(),
                l.years_from.to_string(),
                l.years_to.map(|y| y.to_string()).unwrap_or_default(),
                l.years_note.clone().unwrap_or_default(),
                l.us_median_usd.to_string(),
                l.us_average_usd.to_string(),
                guide.salary.source.label(),
            ]
        })
        .collect();
    assert_eq!(rows, expected);
    assert!(
        rows.last().is_some_and(|r| r[2].is_empty()),
        "the open-ended level has no years_to"
    );
    // The guide's qualifier and the source travel with the figures.
    assert_eq!(
        rows.last().map(|r| r[3].as_str()),
        Some("total experience, with significant time in senior roles")
    );
    assert!(
        rows.iter()
            .all(|r| r[6].starts_with(medtech_guide::model::GUIDE_CITATION))
    );
}

#[test]
fn global_csv_has_exactly_the_models_figures_in_the_chosen_order() {
    let guide = guide();
    let model = GlobalChart::from_guide(&guide);
    for order in SortOrder::ALL {
        let options = RenderOptions {
            sort: order,
            ..RenderOptions::default()
        };
        let bytes = export(&guide, ChartId::GlobalSalaries, ChartFormat::Csv, &options);
        let (header, rows) = parse_csv(&bytes);
        assert_eq!(
            header,
            [
                "region",
                "countries",
                "currency",
                "local_min",
                "local_max",
                "usd_min",
                "usd_max",
                "usd_derived",
                "usd_derivation",
                "note",
                "source"
            ]
        );
        let expected: Vec<Vec<String>> = model
            .sorted(order)
            .iter()
            .map(|r| {
                let data = guide
                    .global
                    .regions
                    .iter()
                    .find(|d| d.name == r.name)
                    .expect("region in the data");
                vec![
                    data.name.clone(),
                    data.countries.clone(),
                    data.currency.clone(),
                    data.local_min.to_string(),
                    data.local_max.to_string(),
                    data.usd_min.to_string(),
                    data.usd_max.to_string(),
                    data.usd_is_derived().to_string(),
                    data.usd_derived_from.clone().unwrap_or_default(),
                    data.note.clone().unwrap_or_default(),
                    guide.global.source.label(),
                ]
            })
            .collect();
        assert_eq!(rows, expected, "{order:?}");
    }
}

#[test]
fn html_guide_has_every_section_both_charts_and_their_sources() {
    let guide = guide();
    for theme in [ExportTheme::Light, ExportTheme::Dark] {
        let options = RenderOptions {
            theme,
            ..RenderOptions::default()
        };
        let html = export::export_guide(&guide, GuideFormat::Html, &options);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(!html.contains("<script"), "no scripts");
        assert!(
            !html.contains("src=\"http") && !html.contains("href=\"http"),
            "no external files"
        );
        let escape = export::svg::escape;
        for section in &guide.text.sections {
            let heading = format!("<h2>{}</h2>", escape(&section.title));
            assert!(html.contains(&heading), "{theme:?}: no {heading}");
        }
        for level in &guide.salary.levels {
            assert!(
                html.contains(&escape(&level.title)),
                "{theme:?}: no level {}",
                level.title
            );
        }
        // Each chart is drawn once; where the guide shows it again, the page links to it.
        assert_eq!(html.matches("<svg ").count(), 2, "{theme:?}: two inline charts");
        for chart in ChartId::ALL {
            assert_eq!(
                html.matches(&format!("<figure id=\"{}\">", chart.slug())).count(),
                1
            );
        }
        assert!(
            html.contains("<a href=\"#salary-by-experience\">"),
            "a link to the first drawing"
        );
        for (start, _) in html.match_indices("<svg ") {
            let end = html[start..].find("</svg>").expect("closed <svg>") + start + "</svg>".len();
            let svg = &html[start..end];
            render::parse(svg).unwrap_or_else(|e| panic!("inline SVG: {e}"));
        }
        for source in [
            SalaryChart::from_guide(&guide).source_line,
            GlobalChart::from_guide(&guide).source_line,
            guide.text.key_facts.median_salary.source.label(),
        ] {
            assert!(html.contains(&escape(&source)), "{theme:?}: no source {source:?}");
        }
        assert!(html.contains("$57,380") && html.contains("CAD 50,000–75,000") && html.contains("(derived)"));
        // Every key fact's data note, and the salary table's qualifier.
        for (_, note) in guide.text.key_facts.notes() {
            assert!(
                html.contains(&escape(&note.full_text())),
                "{theme:?}: no note {:?}",
                note.text
            );
        }
        assert!(html.contains("10+ years total experience, with significant time in senior roles"));
    }
}

#[test]
fn markdown_guide_is_unchanged_by_the_api() {
    let guide = guide();
    assert_eq!(
        export::export_guide(&guide, GuideFormat::Markdown, &RenderOptions::default()),
        export::markdown::guide_markdown(&guide)
    );
}

#[test]
fn sizes_out_of_range_are_refused_before_drawing() {
    let guide = guide();
    for (width, height) in [(0, 1000), (199, 1000), (1600, 10_001), (100_000, 100_000)] {
        for format in [ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf] {
            let result = export::export_chart(
                &guide,
                ChartId::SalaryByExperience,
                format,
                &options(width, height, ExportTheme::Light),
            );
            assert!(
                matches!(result, Err(ExportError::InvalidSize { .. })),
                "{width}x{height} {format:?}: {result:?}"
            );
        }
    }
    for (width, height) in [(200, 200), (10_000, 200)] {
        assert!(options(width, height, ExportTheme::Light).validate().is_ok());
    }
    let message = options(0, 1000, ExportTheme::Light)
        .validate()
        .expect_err("0 is too small")
        .to_string();
    assert!(
        message.contains("width 0") && message.contains("200") && message.contains("10000"),
        "{message}"
    );
}

#[test]
fn suggested_file_names_and_clipboard_image() {
    assert_eq!(
        export::suggested_file_name(ChartId::SalaryByExperience, ChartFormat::Svg),
        "salary-by-experience.svg"
    );
    assert_eq!(
        export::suggested_file_name(ChartId::GlobalSalaries, ChartFormat::Png),
        "global-salaries.png"
    );
    assert_eq!(
        export::suggested_guide_file_name(GuideFormat::Html),
        "medtech-guide.html"
    );
    let guide = guide();
    let image = export::chart_image(
        &guide,
        ChartId::GlobalSalaries,
        &options(800, 500, ExportTheme::Dark),
    )
    .expect("image");
    assert_eq!(image.size, [800, 500]);
    assert_eq!(image.pixels.len(), 800 * 500);
    assert_eq!(
        image.pixels[0],
        ExportTheme::Dark.tokens().background(),
        "top-left is background"
    );
}

#[test]
fn save_chart_writes_the_file_atomically() {
    let guide = guide();
    let temp = temp_dir();
    let path = temp.path().join("chart.pdf");
    export::save_chart(
        &guide,
        ChartId::SalaryByExperience,
        ChartFormat::Pdf,
        &RenderOptions::default(),
        &path,
    )
    .expect("save");
    assert!(std::fs::read(&path).expect("read").starts_with(b"%PDF-"));
    assert_eq!(entries(temp.path()), [path], "no temporary file left");
}

// The command line.

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn assert_code(&self, code: i32, what: &str) {
        assert!(
            !self.stderr.contains("panicked"),
            "{what}: panicked\n{}",
            self.stderr
        );
        assert_eq!(
            self.code,
            Some(code),
            "{what}: exit code; stderr:\n{}",
            self.stderr
        );
    }

    fn stdout_text(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }
}

fn run(args: &[&str]) -> Run {
    let output = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"));
    Run {
        code: output.status.code(),
        stdout: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    names.sort();
    names
}

#[test]
fn cli_writes_text_formats_to_standard_output() {
    let guide = guide();
    for (what, chart) in [
        ("salary-by-experience", ChartId::SalaryByExperience),
        ("global-salaries", ChartId::GlobalSalaries),
    ] {
        for (format, chart_format) in [("svg", ChartFormat::Svg), ("csv", ChartFormat::Csv)] {
            let args = ["export", what, "--format", format, "--out", "-"];
            let out = run(&args);
            out.assert_code(0, &args.join(" "));
            assert_eq!(
                out.stdout,
                export(&guide, chart, chart_format, &RenderOptions::default()),
                "{}: stdout is the export",
                args.join(" ")
            );
        }
    }
    let html = run(&[
        "export", "guide", "--format", "html", "--out", "-", "--theme", "dark",
    ]);
    html.assert_code(0, "export guide --format html");
    let options = RenderOptions {
        theme: ExportTheme::Dark,
        ..RenderOptions::default()
    };
    assert_eq!(
        html.stdout_text(),
        export::export_guide(&guide, GuideFormat::Html, &options)
    );
}

#[test]
fn cli_writes_charts_with_the_requested_size_and_theme() {
    let guide = guide();
    let temp = temp_dir();
    let png = temp.path().join("salary.png");
    let png_arg = png.display().to_string();
    let out = run(&[
        "export",
        "salary-by-experience",
        "--format",
        "png",
        "--out",
        &png_arg,
        "--width",
        "800",
        "--height",
        "450",
        "--theme",
        "dark",
    ]);
    out.assert_code(0, "export png");
    assert!(out.stdout.is_empty());
    let bytes = std::fs::read(&png).expect("read PNG");
    assert_eq!(
        bytes,
        export(
            &guide,
            ChartId::SalaryByExperience,
            ChartFormat::Png,
            &options(800, 450, ExportTheme::Dark)
        )
    );
    let defaults = temp.path().join("global.png");
    let defaults_arg = defaults.display().to_string();
    run(&[
        "export",
        "global-salaries",
        "--format",
        "png",
        "--out",
        &defaults_arg,
    ])
    .assert_code(0, "default size");
    let (w, h, _) = decode_png(&std::fs::read(&defaults).expect("read PNG"));
    assert_eq!((w, h), (1600, 1000), "default size");
    let pdf = temp.path().join("global.pdf");
    let pdf_arg = pdf.display().to_string();
    run(&[
        "export",
        "global-salaries",
        "--format",
        "pdf",
        "--out",
        &pdf_arg,
        "--sort",
        "name",
    ])
    .assert_code(0, "export pdf");
    assert!(std::fs::read(&pdf).expect("read PDF").starts_with(b"%PDF-"));
    let mut expected = vec![defaults, pdf, png];
    expected.sort();
    assert_eq!(entries(temp.path()), expected, "no temporary files left");
}

#[test]
fn cli_refuses_invalid_combinations_as_usage_errors() {
    let temp = temp_dir();
    let out = temp.path().join("out");
    let out_arg = out.display().to_string();
    for (args, expect) in [
        (vec!["guide", "--format", "png"], "`guide` exports as md or html"),
        (vec!["guide", "--format", "csv"], "`guide` exports as md or html"),
        (
            vec!["salary-by-experience", "--format", "md"],
            "exports as png, svg, pdf or csv",
        ),
        (
            vec!["global-salaries", "--format", "html"],
            "exports as png, svg, pdf or csv",
        ),
        (
            vec!["salary-by-experience", "--format", "csv", "--width", "800"],
            "--width",
        ),
        (vec!["guide", "--format", "md", "--height", "800"], "--height"),
        (vec!["guide", "--format", "md", "--theme", "dark"], "--theme"),
        (
            vec!["salary-by-experience", "--format", "svg", "--sort", "name"],
            "--sort",
        ),
    ] {
        let mut full = vec!["export"];
        full.extend(&args);
        full.extend(["--out", &out_arg]);
        let what = full.join(" ");
        let result = run(&full);
        result.assert_code(2, &what);
        assert!(
            result.stderr.contains(expect),
            "{what}: stderr lacks {expect:?}:\n{}",
            result.stderr
        );
        assert!(!out.exists(), "{what}: wrote a file");
    }
    for format in ["png", "pdf"] {
        let what = format!("export salary-by-experience --format {format} --out -");
        let result = run(&["export", "salary-by-experience", "--format", format, "--out", "-"]);
        result.assert_code(2, &what);
        assert!(result.stdout.is_empty(), "{what}: wrote to stdout");
        assert!(
            result.stderr.contains("standard output"),
            "{what}:\n{}",
            result.stderr
        );
    }
    let result = run(&[
        "export",
        "salary-by-experience",
        "--format",
        "gif",
        "--out",
        &out_arg,
    ]);
    result.assert_code(2, "--format gif");
}

#[test]
fn cli_refuses_sizes_out_of_range_naming_the_path_and_keeps_the_existing_file() {
    let temp = temp_dir();
    let out = temp.path().join("chart.png");
    std::fs::write(&out, b"previous").expect("write");
    let out_arg = out.display().to_string();
    for (flag, value) in [
        ("--width", "0"),
        ("--width", "100000"),
        ("--height", "199"),
        ("--height", "10001"),
    ] {
        let what = format!("{flag} {value}");
        let result = run(&[
            "export",
            "salary-by-experience",
            "--format",
            "png",
            "--out",
            &out_arg,
            flag,
            value,
        ]);
        result.assert_code(1, &what);
        assert!(
            result.stderr.contains(&out_arg),
            "{what}: does not name the path:\n{}",
            result.stderr
        );
        let dimension = flag.trim_start_matches("--");
        assert!(
            result.stderr.contains(&format!("{dimension} {value} px")),
            "{what}: does not say what is wrong:\n{}",
            result.stderr
        );
        assert_eq!(
            std::fs::read(&out).expect("read"),
            b"previous",
            "{what}: changed the file"
        );
    }
    assert_eq!(entries(temp.path()), [out], "no temporary files left");
}

#[test]
fn cli_export_into_a_missing_directory_fails_and_creates_nothing() {
    let temp = temp_dir();
    let missing = temp.path().join("missing");
    for format in ["png", "svg", "pdf", "csv"] {
        let out = missing.join(format!("chart.{format}"));
        let out_arg = out.display().to_string();
        let result = run(&["export", "global-salaries", "--format", format, "--out", &out_arg]);
        result.assert_code(1, format);
        assert!(
            result.stderr.contains(&out_arg),
            "{format}: message:\n{}",
            result.stderr
        );
        assert!(!missing.exists(), "{format}: created the directory");
    }
    let out = missing.join("guide.html");
    let out_arg = out.display().to_string();
    run(&["export", "guide", "--format", "html", "--out", &out_arg]).assert_code(1, "html");
    assert!(!missing.exists());
    // A "directory" that is a file fails the same way, and the file is left alone.
    let file = temp.path().join("a-file");
    std::fs::write(&file, b"previous").expect("write");
    let out = file.join("chart.png");
    let out_arg = out.display().to_string();
    let result = run(&["export", "global-salaries", "--format", "png", "--out", &out_arg]);
    result.assert_code(1, "parent is a file");
    assert!(result.stderr.contains(&out_arg), "message:\n{}", result.stderr);
    assert_eq!(std::fs::read(&file).expect("read"), b"previous");
    assert_eq!(entries(temp.path()), [file], "nothing else created");
}

#[cfg(unix)]
#[test]
fn cli_export_into_a_read_only_directory_fails_and_keeps_the_existing_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let temp = temp_dir();
    let dir = temp.path().join("read-only");
    std::fs::create_dir(&dir).expect("mkdir");
    let out = dir.join("chart.svg");
    std::fs::write(&out, b"previous").expect("write");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    // Root (and some file systems) can write anyway; then there is nothing to test.
    let probe = dir.join("probe");
    if std::fs::write(&probe, b"x").is_ok() {
        let _ = std::fs::remove_file(&probe);
        let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755));
        eprintln!(
            "skipped: {} is writable despite mode 555 (running as root?)",
            dir.display()
        );
        return;
    }
    let out_arg = out.display().to_string();
    let result = run(&[
        "export",
        "salary-by-experience",
        "--format",
        "svg",
        "--out",
        &out_arg,
    ]);
    let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755));
    result.assert_code(1, "read-only directory");
    assert!(result.stderr.contains(&out_arg), "message:\n{}", result.stderr);
    assert_eq!(
        std::fs::read(&out).expect("read"),
        b"previous",
        "changed the existing file"
    );
    assert_eq!(entries(&dir), [out], "no temporary files left");
}

/// How many times each section of an exported guide holds the salary table.
fn salary_tables_per_section(
    document: &str,
    section_start: &str,
    table_marker: &str,
) -> Vec<(String, usize)> {
    document
        .split(section_start)
        .skip(1)
        .map(|section| {
            let title = section.lines().next().unwrap_or_default().to_owned();
            (title, section.matches(table_marker).count())
        })
        .collect()
}

/// A chart's figures go into the guide documents once per place, whichever section comes
/// first: a regression test for `section_has_table` looking at the first section holding the
/// chart instead of the one being written (the salary chart is in two sections).
#[test]
fn chart_tables_follow_the_section_being_written() {
    let bundled = guide();
    // The salary table moved from "Salary and outlook" (first chart) to "Career path" (second).
    let mut moved = bundled.clone();
    let table = medtech_guide::model::Block::Table(moved.salary.id.clone());
    for section in &mut moved.text.sections {
        match section.id.as_str() {
            "salary" => section.blocks.retain(|b| *b != table),
            "career-path" => section.blocks.push(table.clone()),
            _ => {}
        }
    }
    let md_marker = "| Level | Experience |";
    let html_marker = "<th>Level</th>";
    for (name, guide, salary_tables, career_tables) in [("bundled", &bundled, 1, 0), ("moved", &moved, 1, 1)]
    {
        let md = export::markdown::guide_markdown(guide);
        let html = export::export_guide(guide, GuideFormat::Html, &RenderOptions::default());
        assert!(html.contains(html_marker), "{name}: the HTML marker is stale");
        for (format, counts) in [
            ("md", salary_tables_per_section(&md, "\n## ", md_marker)),
            ("html", salary_tables_per_section(&html, "<h2>", html_marker)),
        ] {
            let count = |title: &str| counts.iter().find(|(t, _)| t.starts_with(title)).map(|(_, n)| *n);
            assert_eq!(
                count("Salary and outlook"),
                Some(salary_tables),
                "{name} {format}: {counts:?}"
            );
            assert_eq!(
                count("Career path"),
                Some(career_tables),
                "{name} {format}: {counts:?}"
            );
        }
        if name == "bundled" {
            assert!(
                md.contains("*Salary by experience level: see the table in “Salary and outlook” above.*")
            );
        }
    }
}

#[test]
fn markdown_guide_keeps_every_note_the_qualifier_and_the_derivation() {
    let guide = guide();
    let markdown = export::markdown::guide_markdown(&guide);
    for (_, note) in guide.text.key_facts.notes() {
        assert!(
            markdown.contains(&format!("  - *Data note:* {}", note.full_text())),
            "no note {:?}",
            note.text
        );
    }
    assert!(markdown.contains(
        "| Medical Technologist | 10+ years total experience, with significant time in senior roles | $75,000 | $78,000 |"
    ));
    assert!(markdown.contains("*\\* Eastern Europe: Not given by the guide; our conversion."));
    assert!(markdown.contains("*Scandinavia: The guide hedges this range"));
    assert!(markdown.contains(&format!(
        "- **Top industries:** {}",
        medtech_guide::model::EMPTY_HEADING
    )));
}
