//! `export`: checks that what, format and options go together, then renders and writes.

use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use super::{
    CliError,
    args::{ExportArgs, ExportWhat},
    output,
    values::Format,
};
use crate::{
    export::{
        self, ChartFormat, ChartId, ExportTheme, GuideFormat, PATH_CHART_SLUG, PlanFormat, PlanPart,
        RenderOptions, Target,
        pdf::{Paper, PrintDocument, PrintFormat},
    },
    model::{Answers, load::read_file},
    present::Presentation,
};

/// One `export` command, checked for usage errors.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ExportJob {
    target: Target,
    options: RenderOptions,
    /// The paper of a printed document (the locale's unless --paper says).
    paper: Paper,
    out: PathBuf,
    /// The answers file of a plan or its path chart, read once the data is loaded.
    answers: Option<PathBuf>,
}

impl ExportJob {
    /// Checks the combination of what, format and options; a mismatch is a usage error, and a
    /// size out of range a failure naming the output, both before any data is read.
    pub(super) fn new(args: ExportArgs) -> Result<Self, CliError> {
        let what_name = match args.what {
            ExportWhat::Data => "data",
            ExportWhat::Guide => "guide",
            ExportWhat::Handout => "handout",
            ExportWhat::SalaryByExperience => ChartId::SalaryByExperience.slug(),
            ExportWhat::GlobalSalaries => ChartId::GlobalSalaries.slug(),
            ExportWhat::Plan => "plan",
            ExportWhat::Path => PATH_CHART_SLUG,
        };
        let planned = matches!(args.what, ExportWhat::Plan | ExportWhat::Path);
        match (planned, &args.answers) {
            (true, None) => {
                return Err(CliError::Usage(format!(
                    "`{what_name}` needs --answers FILE: a reader's answers (see data/examples/answers-student.ron)"
                )));
            }
            (false, Some(_)) => {
                return Err(CliError::Usage(format!(
                    "--answers applies to `plan` and `path`, not to `{what_name}`"
                )));
            }
            _ => {}
        }
        if args.force {
            return Err(CliError::Usage(format!(
                "--force applies to `data` (a folder), not to `{what_name}`: a file export always replaces its file"
            )));
        }
        let Some(format) = args.format else {
            return Err(CliError::Usage(format!(
                "`{what_name}` needs --format (`medtech-guide export --help` lists them)"
            )));
        };
        let format_name = super::values::CliValue::name(format);
        let target = target_for(args.what, format, what_name, format_name)?;
        let usage = |flag: &str, applies: &str| {
            CliError::Usage(format!(
                "{flag} applies to {applies}, not to `{what_name} --format {format_name}`"
            ))
        };
        let printed = matches!(
            target,
            Target::Print(..) | Target::Plan(_, PlanPart::Document(PlanFormat::Pdf))
        );
        if args.paper.is_some() && !printed {
            return Err(usage(
                "--paper",
                "`guide --format pdf`, `handout` and `plan --format pdf`",
            ));
        }
        if printed && args.theme == Some(ExportTheme::Dark) {
            return Err(CliError::Usage(
                "printed documents are light only (paper is light): leave out --theme".to_owned(),
            ));
        }
        let drawn = matches!(
            target,
            Target::Chart(_, f) | Target::Plan(_, PlanPart::PathChart(f)) if f.is_drawn()
        );
        if !drawn {
            for (flag, given) in [
                ("--width", args.width.is_some()),
                ("--height", args.height.is_some()),
            ] {
                if given {
                    return Err(usage(flag, "png, svg and pdf charts"));
                }
            }
        }
        let html = format == Format::Guide(GuideFormat::Html);
        if args.theme.is_some() && !(drawn || html || printed) {
            return Err(usage("--theme", "png, svg and pdf charts and the html guide"));
        }
        let sorted = matches!(target, Target::Chart(ChartId::GlobalSalaries, _));
        if args.sort.is_some() && !(sorted || html) {
            return Err(usage("--sort", "`global-salaries` and the html guide"));
        }
        let binary = printed || matches!(format, Format::Chart(f) if !f.is_text());
        if binary && args.out == Path::new("-") {
            return Err(CliError::Usage(format!(
                "{format_name} is binary and cannot go to standard output; give a file with --out FILE"
            )));
        }
        let options = render_options(&args);
        // A bad size fails before the data is read, so the message is about the size alone.
        if let Err(e) = options.validate() {
            return Err(cannot_export(&args.out, &e));
        }
        Ok(Self {
            target,
            options,
            paper: args.paper.unwrap_or_else(Paper::from_environment),
            out: args.out,
            answers: args.answers,
        })
    }

    /// Renders and writes: to standard output for `-`, otherwise atomically to the file. A
    /// plan's answers are read and checked against the data first: a bad file is reported as
    /// `FILE:LINE:COLUMN: what is wrong`.
    pub(super) fn run(&self, present: &Presentation) -> Result<(), CliError> {
        let target = match (&self.target, &self.answers) {
            (Target::Plan(_, part), Some(path)) => Target::Plan(read_answers(path, present)?.into(), *part),
            (target, _) => target.clone(),
        };
        let bytes = export::export_target(present, target, &self.options, self.paper)
            .map_err(|e| cannot_export(&self.out, &e))?;
        output::write(&self.out, &bytes)
    }
}

/// Reads and checks an answers file; its problems one per line.
fn read_answers(path: &Path, present: &Presentation) -> Result<Answers, CliError> {
    let file = read_file(path).map_err(|problem| CliError::Data(problem.to_string()))?;
    Answers::parse(&file.text, &file.display_name, &present.guide().readiness)
        .map_err(|problems| CliError::Data(problems.lines()))
}

/// The target for `what` in `format`, or the usage error of a format that does not fit it.
fn target_for(
    what: ExportWhat,
    format: Format,
    what_name: &str,
    format_name: &str,
) -> Result<Target, CliError> {
    let target = match (what, format) {
        (ExportWhat::Guide, Format::Guide(format)) => Target::Guide(format),
        // The answers are read once the data is loaded; until then, none.
        (ExportWhat::Plan, Format::Guide(GuideFormat::Markdown)) => {
            Target::Plan(Arc::default(), PlanPart::Document(PlanFormat::Markdown))
        }
        (ExportWhat::Plan, Format::Chart(ChartFormat::Pdf)) => {
            Target::Plan(Arc::default(), PlanPart::Document(PlanFormat::Pdf))
        }
        (ExportWhat::Plan, _) => {
            return Err(CliError::Usage(format!(
                "`plan` exports as md or pdf, not {format_name}; its chart exports as png, svg, pdf or csv \
                 (`export path`)"
            )));
        }
        (ExportWhat::Path, Format::Chart(format)) => {
            Target::Plan(Arc::default(), PlanPart::PathChart(format))
        }
        (ExportWhat::Guide, Format::Chart(ChartFormat::Pdf | ChartFormat::Png))
        | (ExportWhat::Handout, _) => print_target(what, format)?,
        (ExportWhat::Guide, Format::Chart(_)) => {
            return Err(CliError::Usage(format!(
                "`guide` exports as md, html or pdf, not {format_name}; charts export as png, svg, pdf or csv \
                 (`export salary-by-experience` or `export global-salaries`)"
            )));
        }
        (_, Format::Guide(_)) => {
            return Err(CliError::Usage(format!(
                "`{what_name}` exports as png, svg, pdf or csv, not {format_name}; the whole guide exports \
                 as md or html (`export guide`)"
            )));
        }
        (ExportWhat::SalaryByExperience, Format::Chart(format)) => {
            Target::Chart(ChartId::SalaryByExperience, format)
        }
        (ExportWhat::GlobalSalaries, Format::Chart(format)) => Target::Chart(ChartId::GlobalSalaries, format),
        // Copied by `copy::export_data`, which takes no format.
        (ExportWhat::Data, _) => {
            return Err(CliError::Usage(
                "`data` takes no --format: it copies the data files".to_owned(),
            ));
        }
    };
    Ok(target)
}

/// The options given, and the defaults for the rest.
fn render_options(args: &ExportArgs) -> RenderOptions {
    let defaults = RenderOptions::default();
    RenderOptions {
        width: args.width.unwrap_or(defaults.width),
        height: args.height.unwrap_or(defaults.height),
        theme: args.theme.unwrap_or_default(),
        sort: args.sort.unwrap_or_default(),
    }
}

/// The guide PDF or the handout (PDF, PNG).
fn print_target(what: ExportWhat, format: Format) -> Result<Target, CliError> {
    let document = if what == ExportWhat::Guide {
        PrintDocument::Guide
    } else {
        PrintDocument::Handout
    };
    let format = match format {
        Format::Chart(ChartFormat::Png) => PrintFormat::Png,
        Format::Chart(ChartFormat::Pdf) => PrintFormat::Pdf,
        other => {
            return Err(CliError::Usage(format!(
                "`handout` exports as pdf or png, not {}",
                super::values::CliValue::name(other)
            )));
        }
    };
    if !document.formats().contains(&format) {
        return Err(CliError::Usage(
            "`guide` exports as md, html or pdf, not png; the one-page handout exports as png \
             (`export handout --format png`)"
                .to_owned(),
        ));
    }
    Ok(Target::Print(document, format))
}

fn cannot_export(out: &Path, e: &dyn std::fmt::Display) -> CliError {
    CliError::Failed(format!("cannot export to {}: {e}", out.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(what: ExportWhat, format: Format) -> ExportArgs {
        ExportArgs {
            what,
            format: Some(format),
            out: PathBuf::from("out"),
            force: false,
            width: None,
            height: None,
            theme: None,
            sort: None,
            paper: None,
            answers: None,
        }
    }

    #[test]
    fn charts_take_chart_formats_and_the_guide_document_formats() {
        let job = ExportJob::new(args(ExportWhat::GlobalSalaries, Format::Chart(ChartFormat::Svg)));
        assert_eq!(
            job.ok().map(|j| j.target),
            Some(Target::Chart(ChartId::GlobalSalaries, ChartFormat::Svg))
        );
        let wrong = ExportJob::new(args(ExportWhat::Guide, Format::Chart(ChartFormat::Csv)));
        assert!(matches!(wrong, Err(CliError::Usage(m)) if m.contains("`guide` exports as md, html or pdf")));
        let wrong = ExportJob::new(args(ExportWhat::Guide, Format::Chart(ChartFormat::Png)));
        assert!(
            matches!(wrong, Err(CliError::Usage(m)) if m.starts_with("`guide` exports as md, html or pdf, not png"))
        );
        let handout = ExportJob::new(args(ExportWhat::Handout, Format::Chart(ChartFormat::Png)));
        assert!(matches!(
            handout.map(|j| j.target),
            Ok(Target::Print(PrintDocument::Handout, PrintFormat::Png))
        ));
        let wrong = ExportJob::new(args(
            ExportWhat::SalaryByExperience,
            Format::Guide(GuideFormat::Markdown),
        ));
        assert!(matches!(wrong, Err(CliError::Usage(m)) if m.starts_with("`salary-by-experience` exports")));
    }
}
