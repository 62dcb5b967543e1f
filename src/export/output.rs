//! Each export as the bytes of its file: charts drawn as SVG, then PNG, PDF or CSV; the guide as
//! Markdown or HTML. Pure, apart from [`save_chart`], which writes its file atomically.

use std::path::Path;

use super::{
    ChartFormat, ExportError, GuideFormat, PATH_CHART_SLUG, PlanFormat, PlanPart, RenderOptions, Target,
    figure, html, markdown,
    pdf::{self, Paper},
    plan_markdown, render, table,
};
use crate::{
    chart::ChartId,
    model::Answers,
    present::{Plan, Presentation},
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
pub fn chart_svg(
    present: &Presentation,
    chart: ChartId,
    options: &RenderOptions,
) -> Result<String, ExportError> {
    options.validate()?;
    Ok(svg_for(present, chart, &layout(chart, options, true)))
}

fn svg_for(present: &Presentation, chart: ChartId, layout: &figure::Layout) -> String {
    match chart {
        ChartId::SalaryByExperience => figure::salary_svg(present, layout),
        ChartId::GlobalSalaries => figure::global_svg(present, layout),
    }
}

/// `chart` in `format`, as the bytes of the file. Pure: nothing is written.
pub fn export_chart(
    present: &Presentation,
    chart: ChartId,
    format: ChartFormat,
    options: &RenderOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        ChartFormat::Csv => match chart {
            ChartId::SalaryByExperience => table::salary_csv(&present.charts.salary),
            ChartId::GlobalSalaries => table::global_csv(&present.charts.global, options.sort),
        },
        ChartFormat::Svg => chart_svg(present, chart, options).map(String::into_bytes),
        ChartFormat::Png => {
            let svg = chart_svg(present, chart, options)?;
            let pixels = render::rgba(&svg, options.width, options.height)?;
            render::png(
                &pixels,
                options.width,
                options.height,
                &chart.title(present.guide()),
            )
        }
        ChartFormat::Pdf => {
            let svg = chart_svg(present, chart, options)?;
            render::pdf(&svg, options.width, options.height, &chart.title(present.guide()))
        }
    }
}

/// `chart` as an image for the clipboard (`egui::Context::copy_image`).
pub fn chart_image(
    present: &Presentation,
    chart: ChartId,
    options: &RenderOptions,
) -> Result<egui::ColorImage, ExportError> {
    let svg = chart_svg(present, chart, options)?;
    let pixels = render::rgba(&svg, options.width, options.height)?;
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        [options.width as usize, options.height as usize],
        &pixels,
    ))
}

/// The whole guide in `format`. `options` sets the HTML page's theme and the order of regions
/// in its chart; Markdown ignores it.
#[must_use]
pub fn export_guide(present: &Presentation, format: GuideFormat, options: &RenderOptions) -> String {
    match format {
        GuideFormat::Markdown => markdown::guide_markdown(present),
        GuideFormat::Html => html::guide_html(present, options.theme, options.sort),
    }
}

/// `target` as the bytes of its file, `options` and `paper` used as it uses them
/// ([`Target::offered`]). Pure: nothing is written. The data copy is a folder, not a file.
pub fn export_target(
    present: &Presentation,
    target: Target,
    options: &RenderOptions,
    paper: Paper,
) -> Result<Vec<u8>, ExportError> {
    match target {
        Target::Guide(format) => Ok(export_guide(present, format, options).into_bytes()),
        Target::Chart(chart, format) => export_chart(present, chart, format, options),
        Target::Print(document, format) => pdf::export_document(present, document, format, paper),
        Target::DataCopy { .. } => Err(ExportError::NotAFile),
        Target::Plan(answers, part) => export_plan(present, &answers, part, options, paper),
    }
}

/// A reader's plan for `answers` (or its path chart) as the bytes of its file. Pure.
pub fn export_plan(
    present: &Presentation,
    answers: &Answers,
    part: PlanPart,
    options: &RenderOptions,
    paper: Paper,
) -> Result<Vec<u8>, ExportError> {
    let plan = present.plan(answers);
    match part {
        PlanPart::Document(PlanFormat::Markdown) => Ok(plan_markdown::plan_markdown(&plan).into_bytes()),
        PlanPart::Document(PlanFormat::Pdf) => pdf::paint::pdf(&pdf::plan::layout(&plan, paper)),
        PlanPart::PathChart(format) => export_path_chart(&plan, format, options),
    }
}

/// The path chart as SVG (title, legend, axes, data, notes and sources).
pub fn path_svg(plan: &Plan, options: &RenderOptions) -> Result<String, ExportError> {
    options.validate()?;
    let layout = figure::Layout {
        width: options.width as f32,
        height: options.height as f32,
        tokens: options.theme.tokens(),
        sort: options.sort,
        caption: true,
        id: PATH_CHART_SLUG.to_owned(),
        text_scale: 1.0,
    };
    Ok(figure::path_svg(plan, &layout))
}

fn export_path_chart(
    plan: &Plan,
    format: ChartFormat,
    options: &RenderOptions,
) -> Result<Vec<u8>, ExportError> {
    let title = &plan.path.title;
    match format {
        ChartFormat::Csv => table::table_csv(&plan.path_parts.table),
        ChartFormat::Svg => path_svg(plan, options).map(String::into_bytes),
        ChartFormat::Png => {
            let svg = path_svg(plan, options)?;
            let pixels = render::rgba(&svg, options.width, options.height)?;
            render::png(&pixels, options.width, options.height, title)
        }
        ChartFormat::Pdf => render::pdf(&path_svg(plan, options)?, options.width, options.height, title),
    }
}

/// Renders `target` and writes it to `path` atomically.
pub fn save_target(
    present: &Presentation,
    target: Target,
    options: &RenderOptions,
    paper: Paper,
    path: &Path,
) -> Result<(), ExportError> {
    let bytes = export_target(present, target, options, paper)?;
    crate::fs::write_atomically(path, &bytes)?;
    Ok(())
}

/// Renders `chart` and writes it to `path` atomically.
pub fn save_chart(
    present: &Presentation,
    chart: ChartId,
    format: ChartFormat,
    options: &RenderOptions,
    path: &Path,
) -> Result<(), ExportError> {
    let bytes = export_chart(present, chart, format, options)?;
    crate::fs::write_atomically(path, &bytes)?;
    Ok(())
}
