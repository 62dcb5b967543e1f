//! Chart exports through the library API: PNG, SVG and PDF of each chart, the sizes they accept,
//! and saving one to a file.

use crate::common;

use std::collections::BTreeSet;

use common::{
    data::present,
    export::{export_chart as export, options},
    files::{entries, temp_dir},
    png::decode_png,
};
use medtech_guide::{
    chart::{GlobalChart, RegionBar, SalaryChart, SortOrder},
    export::{
        self, ChartFormat, ChartId, ExportError, ExportTheme, GuideFormat, RenderOptions, font, render,
    },
    model::Guide,
};
use resvg::usvg::roxmltree;

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
            let mut labels: Vec<String> = chart.regions.iter().map(RegionBar::label).collect();
            labels.extend([chart.title, chart.x_label]);
            labels
        }
    }
}

#[test]
fn png_of_each_chart_has_exactly_the_requested_size_and_is_not_blank() {
    let guide = present();
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
    let guide = present();
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
    let guide = present();
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
            for label in expected_labels(guide.guide(), chart) {
                assert!(
                    texts.contains(&label),
                    "{chart:?}: no <text> reads {label:?}; texts: {texts:#?}"
                );
            }
            let source = match chart {
                ChartId::SalaryByExperience => guide.charts.salary.source_line.clone(),
                ChartId::GlobalSalaries => guide.charts.global.source_line.clone(),
            };
            assert!(
                texts.iter().any(|t| t.contains(&source)),
                "{chart:?}: the source line {source:?} is missing"
            );
        }
    }
}

/// The two salary series differ in shape, not only in colour, so grey-scale print tells them
/// apart: the median's markers are filled circles, the average's open squares (the background
/// inside, the series' colour around), on the chart and in its legend.
#[test]
fn salary_series_differ_by_marker_shape_and_fill_for_grey_scale_print() {
    use medtech_guide::tokens::Tokens;
    let guide = present();
    let levels = guide.charts.salary.levels.len();
    for (theme, tokens) in [
        (ExportTheme::Light, Tokens::LIGHT),
        (ExportTheme::Dark, Tokens::DARK),
    ] {
        let bytes = export(
            &guide,
            ChartId::SalaryByExperience,
            ChartFormat::Svg,
            &options(1600, 1000, theme),
        );
        let svg = String::from_utf8(bytes).expect("SVG is UTF-8");
        let doc = roxmltree::Document::parse(&svg).expect("SVG parses");
        let hex = |c: egui::Color32| format!("#{:02x}{:02x}{:02x}", c.r(), c.g(), c.b());
        let (average, median, background) = (
            hex(tokens.salary_average),
            hex(tokens.salary_median),
            hex(tokens.background()),
        );
        let count = |tag: &str, fill: &str, stroke: Option<&str>| {
            doc.descendants()
                .filter(|n| n.has_tag_name(tag))
                .filter(|n| n.attribute("fill") == Some(fill))
                .filter(|n| stroke.is_none_or(|s| n.attribute("stroke") == Some(s)))
                .count()
        };
        assert_eq!(
            count("rect", &background, Some(&average)),
            levels + 1,
            "{theme:?}: an open square at each level and in the legend"
        );
        assert_eq!(count("rect", &average, None), 0, "{theme:?}: no filled square");
        assert_eq!(
            count("circle", &median, None),
            levels + 1,
            "{theme:?}: a filled circle at each level and in the legend"
        );
    }
}

#[test]
fn global_chart_marks_the_derived_region_and_lists_regions_in_the_chosen_order() {
    let guide = present();
    let model = &guide.charts.global;
    let derived: Vec<_> = model.regions.iter().filter(|r| r.usd_is_derived()).collect();
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
                let label = r.label();
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
    let guide = present();
    for chart in ChartId::ALL {
        let svg = export::chart_svg(&guide, chart, &RenderOptions::default()).expect("SVG");
        let all: String = svg_texts(&svg).join(" ");
        assert_eq!(font::missing_glyphs(&all), Vec::<char>::new(), "{chart:?}");
    }
}

#[test]
fn pdf_of_each_chart_is_a_pdf_titled_after_the_chart() {
    let guide = present();
    for chart in ChartId::ALL {
        let bytes = export(&guide, chart, ChartFormat::Pdf, &RenderOptions::default());
        assert!(bytes.starts_with(b"%PDF-"), "{chart:?}: no PDF header");
        assert!(
            bytes.trim_ascii_end().ends_with(b"%%EOF"),
            "{chart:?}: no PDF trailer"
        );
        // Read back with a PDF parser: krilla compresses objects into streams.
        let doc = lopdf::Document::load_mem(&bytes).expect("a PDF lopdf can read");
        let title = chart.title(guide.guide());
        let info_title = doc
            .trailer
            .get_deref(b"Info", &doc)
            .and_then(lopdf::Object::as_dict)
            .and_then(|info| info.get_deref(b"Title", &doc))
            .and_then(lopdf::decode_text_string)
            .expect("a document title");
        assert_eq!(info_title, title, "{chart:?}: the document info title");
        let pages = doc.get_pages();
        let page = pages.values().next().expect("one page");
        assert_eq!(pages.len(), 1, "{chart:?}: one page");
        let media_box: Vec<f32> = doc
            .get_dictionary(*page)
            .and_then(|p| p.get(b"MediaBox"))
            .and_then(lopdf::Object::as_array)
            .expect("a media box")
            .iter()
            .map(|n| n.as_float().expect("a number"))
            .collect();
        // 1600×1000 CSS px at 96 per inch.
        assert_eq!(media_box, [0.0, 0.0, 1200.0, 750.0], "{chart:?}: page size");
        // Text is embedded as text (a font subset with a Unicode map), not only as outlines.
        let fonts: Vec<&lopdf::Dictionary> = doc
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .filter(|d| d.get(b"Type").and_then(lopdf::Object::as_name).ok() == Some(b"Font".as_slice()))
            .collect();
        assert!(!fonts.is_empty(), "{chart:?}: no font");
        assert!(
            fonts.iter().any(|f| f.get(b"ToUnicode").is_ok()),
            "{chart:?}: no ToUnicode map"
        );
        let embedded = doc
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .any(|d| d.get(b"FontFile2").is_ok());
        assert!(embedded, "{chart:?}: the font is not embedded");
    }
}

#[test]
fn sizes_out_of_range_are_refused_before_drawing() {
    let guide = present();
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
    let guide = present();
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
    let guide = present();
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
