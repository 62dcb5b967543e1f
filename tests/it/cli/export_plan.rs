//! `export plan|path --answers FILE`: a reader's plan as Markdown whose figures match the data,
//! as a tagged PDF whose path chart is a figure with alternative text, and its path chart; the
//! same bytes as the library's export for the same answers; a bad answers file named at
//! `FILE:LINE:COLUMN` with exit 1; `--answers` required.

use std::sync::Arc;

use medtech_guide::{
    export::{self, PlanFormat, PlanPart, RenderOptions, Target, pdf::Paper},
    model::Answers,
};

use crate::common::{
    bin::run,
    data::present,
    files::{self, read_to_string, temp_dir},
    pdf::{figure_alts, squash, text_of},
};

const STUDENT: &str = "data/examples/answers-student.ron";
const PHLEBOTOMIST: &str = "data/examples/answers-phlebotomist.ron";

fn example(path: &str) -> Answers {
    let text = read_to_string(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path));
    Answers::parse(&text, path, &present().guide().readiness).unwrap_or_else(|p| panic!("{p}"))
}

#[test]
fn the_phlebotomists_plan_in_markdown_has_the_datas_figures() {
    let out = run(&[
        "export",
        "plan",
        "--answers",
        PHLEBOTOMIST,
        "--format",
        "md",
        "--out",
        "-",
    ]);
    out.assert_code(0, "export plan --format md");
    let markdown = out.stdout_text();
    let present = present();
    // Every level the path reaches, with its median and average from the data.
    for level in present.guide().salary.levels.iter().skip(1) {
        let row = format!("| {} ({}) |", level.title, level.years_label());
        let line = markdown
            .lines()
            .find(|l| l.contains(&row))
            .unwrap_or_else(|| panic!("no row for {}: {markdown}", level.title));
        let median = medtech_guide::model::format::usd(level.us_median_usd);
        let average = medtech_guide::model::format::usd(level.us_average_usd);
        assert!(line.ends_with(&format!("| {median} | {average} |")), "{line}");
    }
    assert!(
        !markdown.contains("Junior Medical Technician (0–2 years) |"),
        "three years are past the first level"
    );
    // The program's costs as the guide gives them, and the route's total as a range.
    for cost in ["$10,000–$30,000", "$5,000–$15,000", "$5,000–$30,000"] {
        assert!(markdown.contains(cost), "{cost}");
    }
    assert!(markdown.contains("perhaps within 6–12 months"));
    assert!(markdown.contains("### 6 of 12 technical skills"));
    assert!(markdown.contains("$41,000 is $4,000 (8.9%) below $45,000"));
    assert!(markdown.contains("nothing is ever sent anywhere"));
    // The window's export of the same answers gives the same bytes.
    let target = Target::Plan(
        Arc::new(example(PHLEBOTOMIST)),
        PlanPart::Document(PlanFormat::Markdown),
    );
    let library = export::export_target(&present, target, &RenderOptions::default(), Paper::A4)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.stdout, library);
}

#[test]
fn the_students_plan_as_pdf_is_tagged_with_the_path_chart_as_a_figure() {
    let dir = temp_dir();
    let file = dir.path().join("plan.pdf");
    let file_arg = file.display().to_string();
    let out = run(&[
        "export",
        "plan",
        "--answers",
        STUDENT,
        "--format",
        "pdf",
        "--paper",
        "a4",
        "--out",
        &file_arg,
    ]);
    out.assert_code(0, "export plan --format pdf");
    let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{e}"));
    let present = present();
    let plan = present.plan(&example(STUDENT));
    let alts = figure_alts(&bytes);
    assert_eq!(alts.len(), 1, "{alts:?}");
    assert!(
        alts.iter().all(|a| a.contains(&plan.path.description)),
        "{alts:?}"
    );
    let pages = lopdf::Document::load_mem(&bytes).map_or(0, |d| d.get_pages().len());
    assert!((1..=2).contains(&pages), "{pages} pages");
    let text = squash(&text_of(&bytes));
    assert!(text.contains("0 of 12 technical skills"), "{text}");
    assert!(text.contains("The levels start where the longest time the guide gives for the way in “Complete beginner” ends (2 years from today)"), "{text}");
    let target = Target::Plan(Arc::new(example(STUDENT)), PlanPart::Document(PlanFormat::Pdf));
    let library = export::export_target(&present, target, &RenderOptions::default(), Paper::A4)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(bytes, library, "the window's export gives the same bytes");
}

#[test]
fn the_path_chart_exports_as_csv_and_svg() {
    let out = run(&[
        "export",
        "path",
        "--answers",
        PHLEBOTOMIST,
        "--format",
        "csv",
        "--out",
        "-",
    ]);
    out.assert_code(0, "export path --format csv");
    let csv = out.stdout_text();
    assert!(
        csv.starts_with("Years from today,Stage,Years of experience,US median,US average,Source\n"),
        "{csv}"
    );
    assert!(
        csv.contains("1–2,Medical Technician (2–4 years),3–4,\"$45,000\",\"$47,000\","),
        "{csv}"
    );
    let out = run(&[
        "export",
        "path",
        "--answers",
        STUDENT,
        "--format",
        "svg",
        "--out",
        "-",
    ]);
    out.assert_code(0, "export path --format svg");
    assert!(out.stdout_text().contains("My path from today"));
}

#[test]
fn a_bad_answers_file_is_named_at_its_line_and_column() {
    let dir = temp_dir();
    let file = dir.path().join("mine.ron");
    std::fs::write(
        &file,
        "Answers(\n    version: 1,\n    choices: {\n        \"juggling\": Have,\n    },\n    years: Some(-2.0),\n)\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let path = file.display().to_string();
    let out = plan_md(&path);
    out.assert_code(1, "export plan with unknown ids");
    assert!(
        out.stderr
            .contains(&format!("{path}:4:9: `juggling` is not a skill")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&format!("{path}:6:5: years of experience must be")),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());

    std::fs::write(&file, "Answers(\n    version: 1\n    route: None,\n)\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let out = plan_md(&path);
    out.assert_code(1, "export plan with a syntax error");
    assert!(
        out.stderr.starts_with(&format!("{path}:2:15: ")),
        "{}",
        out.stderr
    );

    let missing = dir.path().join("none.ron").display().to_string();
    let out = run(&[
        "export",
        "plan",
        "--answers",
        &missing,
        "--format",
        "md",
        "--out",
        "-",
    ]);
    out.assert_code(1, "export plan with no file");
    assert!(out.stderr.contains("there is no such file"), "{}", out.stderr);
}

#[test]
fn answers_are_required_for_a_plan_and_refused_elsewhere() {
    let out = run(&["export", "plan", "--format", "md", "--out", "-"]);
    out.assert_code(2, "export plan without --answers");
    assert!(
        out.stderr.contains("`plan` needs --answers FILE"),
        "{}",
        out.stderr
    );
    let out = run(&["export", "path", "--format", "csv", "--out", "-"]);
    out.assert_code(2, "export path without --answers");
    assert!(
        out.stderr.contains("`path` needs --answers FILE"),
        "{}",
        out.stderr
    );
    let dir = temp_dir();
    let folder = dir.path().join("copy");
    let folder = folder.display().to_string();
    let file = dir.path().join("out").display().to_string();
    for (what, format, out_to) in [
        ("guide", Some("md"), "-"),
        ("guide", Some("pdf"), file.as_str()),
        ("handout", Some("png"), file.as_str()),
        ("salary-by-experience", Some("csv"), "-"),
        ("global-salaries", Some("svg"), "-"),
        ("data", None, folder.as_str()),
    ] {
        let mut args = vec!["export", what, "--answers", STUDENT, "--out", out_to];
        if let Some(format) = format {
            args.extend(["--format", format]);
        }
        let out = run(&args);
        out.assert_code(2, &format!("export {what} --answers"));
        assert_eq!(
            out.stderr.lines().next().unwrap_or_default(),
            if what == "data" {
                "medtech-guide: error: --answers applies to `plan` and `path`, not to `data`, which copies \
                 the data files as they are"
                    .to_owned()
            } else {
                format!("medtech-guide: error: --answers applies to `plan` and `path`, not to `{what}`")
            },
        );
        assert!(
            out.stdout.is_empty(),
            "export {what} --answers wrote {:?}",
            out.stdout
        );
    }
    assert!(
        files::entries(dir.path()).is_empty(),
        "a refused export writes nothing (no file, no folder)"
    );
    let out = run(&[
        "export",
        "plan",
        "--answers",
        STUDENT,
        "--format",
        "png",
        "--out",
        "x.png",
    ]);
    out.assert_code(2, "export plan --format png");
    assert!(
        out.stderr.contains("`plan` exports as md or pdf"),
        "{}",
        out.stderr
    );
}

/// `export plan --answers PATH --format md --out -`.
fn plan_md(path: &str) -> crate::common::bin::Run {
    run(&[
        "export",
        "plan",
        "--answers",
        path,
        "--format",
        "md",
        "--out",
        "-",
    ])
}
