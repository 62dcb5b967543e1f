//! Each export as the bytes of its file: charts drawn as SVG, then PNG, PDF or CSV; the guide as
//! Markdown or HTML. Pure, apart from [`save_chart`], which writes its file atomically.

use std::path::Path;

use super::{
    ChartFormat, ExportError, GuideFormat, RenderOptions, Target, figure, html, markdown,
    pdf::{self, Paper},
    render, table,
};
use crate::{
    chart::{ChartId, GlobalChart, SalaryChart},
    model::Guide,
};

fn layout(chart: ChartId, options: &RenderOptions, caption: bool) -> figure::Layout {
    figure::Layout {
        width: options.width as f32,
        height: options.height as f32,
        tokens: options.theme.tokens(),
        sort: options.sort,
        caption,
        id: chart.slug().to_owned(),
        text_scale: 1.0,
    }
}

/// `chart` as an SVG document (title, legend, axes, data, source line).
pub fn chart_svg(guide: &Guide, chart: ChartId, options: &RenderOptions) -> Result<String, ExportError> {
    options.validate()?;
    Ok(svg_for(guide, chart, &layout(chart, options, true)))
}

fn svg_for(guide: &Guide, chart: ChartId, layout: &figure::Layout) -> String {
    match chart {
        ChartId::SalaryByExperience => figure::salary_svg(&SalaryChart::from_guide(guide), layout),
        ChartId::GlobalSalaries => figure::global_svg(&GlobalChart::from_guide(guide), layout),
    }
}

/// `chart` in `format`, as the bytes of the file. Pure: nothing is written.
pub fn export_chart(
    guide: &Guide,
    chart: ChartId,
    format: ChartFormat,
    options: &RenderOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        ChartFormat::Csv => match chart {
            ChartId::SalaryByExperience => table::salary_csv(&SalaryChart::from_guide(guide)),
            ChartId::GlobalSalaries => table::global_csv(&GlobalChart::from_guide(guide), options.sort),
        },
        ChartFormat::Svg => chart_svg(guide, chart, options).map(String::into_bytes),
        ChartFormat::Png => {
            let svg = chart_svg(guide, chart, options)?;
            let pixels = render::rgba(&svg, options.width, options.height)?;
            render::png(&pixels, options.width, options.height, &chart.title(guide))
        }
        ChartFormat::Pdf => {
            let svg = chart_svg(guide, chart, options)?;
            render::pdf(&svg, options.width, options.height, &chart.title(guide))
        }
    }
}

/// `chart` as an image for the clipboard (`egui::Context::copy_image`).
pub fn chart_image(
    guide: &Guide,
    chart: ChartId,
    options: &RenderOptions,
) -> Result<egui::ColorImage, ExportError> {
    let svg = chart_svg(guide, chart, options)?;
    let pixels = render::rgba(&svg, options.width, options.height)?;
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        [options.width as usize, options.height as usize],
        &pixels,
    ))
}

/// The whole guide in `format`. `options` sets the HTML page's theme and the order of regions
/// in its chart; Markdown ignores it.
#[must_use]
pub fn export_guide(guide: &Guide, format: GuideFormat, options: &RenderOptions) -> String {
    match format {
        GuideFormat::Markdown => markdown::guide_markdown(guide),
        GuideFormat::Html => html::guide_html(guide, options.theme, options.sort),
    }
}

/// `target` as the bytes of its file, `options` and `paper` used as it uses them
/// ([`Target::offered`]). Pure: nothing is written. The data copy is a folder, not a file.
pub fn export_target(
    guide: &Guide,
    target: Target,
    options: &RenderOptions,
    paper: Paper,
) -> Result<Vec<u8>, ExportError> {
    match target {
        Target::Guide(format) => Ok(export_guide(guide, format, options).into_bytes()),
        Target::Chart(chart, format) => export_chart(guide, chart, format, options),
        Target::Print(document, format) => pdf::export_document(guide, document, format, paper),
        Target::DataCopy { .. } => Err(ExportError::NotAFile),
    }
}

/// Renders `target` and writes it to `path` atomically.
pub fn save_target(
    guide: &Guide,
    target: Target,
    options: &RenderOptions,
    paper: Paper,
    path: &Path,
) -> Result<(), ExportError> {
    let bytes = export_target(guide, target, options, paper)?;
    crate::fs::write_atomically(path, &bytes)?;
    Ok(())
}

/// Renders `chart` and writes it to `path` atomically.
pub fn save_chart(
    guide: &Guide,
    chart: ChartId,
    format: ChartFormat,
    options: &RenderOptions,
    path: &Path,
) -> Result<(), ExportError> {
    let bytes = export_chart(guide, chart, format, options)?;
    crate::fs::write_atomically(path, &bytes)?;
    Ok(())
}
