//! The command line takes, for each export, the settings the save dialog offers for it, and
//! refuses the others as a usage error: one list (`Target::offered`) for both.

use medtech_guide::export::{ChartFormat, ChartId, GuideFormat, Target};

use crate::common::{bin::run, files::temp_dir};

/// Each export the command line can write to a file: what, format, and the target it names.
fn exports() -> Vec<(&'static str, &'static str, Target)> {
    let mut all = vec![
        ("guide", "md", Target::Guide(GuideFormat::Markdown)),
        ("guide", "html", Target::Guide(GuideFormat::Html)),
    ];
    for chart in ChartId::ALL {
        for format in ChartFormat::ALL {
            all.push((chart.slug(), format.extension(), Target::Chart(chart, format)));
        }
    }
    all
}

#[test]
fn size_and_theme_are_taken_exactly_where_the_dialog_offers_them() {
    let dir = temp_dir();
    for (what, format, target) in exports() {
        let offered = target.offered();
        let out = dir.path().join(format!("{what}.{format}"));
        let out = out.to_string_lossy();
        for (flags, wanted) in [
            (&["--width", "800", "--height", "500"][..], offered.size),
            (&["--theme", "dark"][..], offered.theme),
        ] {
            let mut args = vec!["export", what, "--format", format, "--out", &out];
            args.extend_from_slice(flags);
            let ran = run(&args);
            let what_ran = args.join(" ");
            ran.assert_code(if wanted { 0 } else { 2 }, &what_ran);
        }
    }
}
