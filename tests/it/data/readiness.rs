//! The bundled readiness items say what the guide says: its 12 technical and 8 soft skills in
//! its words, the certifications it names, its six steps with the durations and costs it gives
//! (and none where it gives none), and its two ways in with their hedges; each item's `from`
//! points at the very block and item of `guide.ron` whose words it carries.

use medtech_guide::model::{
    Block, Guide,
    readiness::{GuideRef, Span, TimeUnit, UsdRange},
};

use crate::common::data::guide;

/// The block `from` points at; fails the test if there is none.
fn block<'g>(guide: &'g Guide, from: &GuideRef) -> &'g Block {
    guide
        .section(&from.section)
        .and_then(|s| s.blocks.get(from.block_index()?))
        .unwrap_or_else(|| panic!("{from:?} names no block"))
}

fn index(from: &GuideRef) -> usize {
    from.item_index()
        .unwrap_or_else(|| panic!("{from:?} names no item"))
}

#[test]
fn the_skills_are_the_guides_in_its_words_and_groups() {
    let guide = guide();
    let groups = &guide.readiness.skill_groups;
    let titles: Vec<&str> = groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(titles, ["Technical skills", "Soft skills"]);
    let [technical, soft] = groups.as_slice() else {
        panic!("two groups");
    };
    assert_eq!((technical.skills.len(), soft.skills.len()), (12, 8));
    let Block::List { heading, items } = block(&guide, &technical.from) else {
        panic!("the technical skills point at a list");
    };
    assert_eq!(heading.as_deref(), Some("Technical skills"));
    for (n, skill) in technical.skills.iter().enumerate() {
        assert_eq!(index(&skill.from), n, "{}", skill.id);
        assert_eq!(Some(&skill.description), items.get(n), "{}", skill.id);
    }
    let Block::Terms { heading, items } = block(&guide, &soft.from) else {
        panic!("the soft skills point at terms");
    };
    assert_eq!(heading.as_deref(), Some("Soft skills"));
    for (n, skill) in soft.skills.iter().enumerate() {
        assert_eq!(index(&skill.from), n, "{}", skill.id);
        let term = items.get(n).unwrap_or_else(|| panic!("no term {n}"));
        assert_eq!((&skill.name, &skill.description), (&term.term, &term.text));
    }
}

#[test]
fn the_certifications_are_the_three_the_guide_names_where_it_names_them() {
    let guide = guide();
    let certifications = &guide.readiness.certifications;
    let bodies: Vec<&str> = certifications.iter().map(|c| c.body.as_str()).collect();
    assert_eq!(bodies, ["ASCP", "AMT", "NHA"]);
    for certification in certifications {
        let organisation = guide
            .text
            .organisations
            .iter()
            .find(|o| o.short == certification.body)
            .unwrap_or_else(|| panic!("no organisation {}", certification.body));
        let text = match block(&guide, &certification.from) {
            Block::Steps { steps, .. } => steps
                .get(index(&certification.from))
                .map(|s| s.text.clone())
                .unwrap_or_default(),
            Block::Paragraph(text) => text.clone(),
            other => panic!("{other:?}"),
        };
        assert!(
            text.contains(&organisation.full_name()),
            "{}: {text}",
            certification.id
        );
    }
    let mlt = certifications
        .first()
        .map(|c| c.description.as_str())
        .unwrap_or_default();
    assert!(mlt.contains("the first certification the guide names"), "{mlt}");
}

#[test]
fn the_steps_are_the_guides_six_with_its_figures_and_none_invented() {
    let guide = guide();
    let steps = &guide.readiness.steps;
    assert_eq!(steps.len(), 6);
    for (n, step) in steps.iter().enumerate() {
        let Block::Steps { steps: written, .. } = block(&guide, &step.from) else {
            panic!("{} points at the steps", step.id);
        };
        assert_eq!(index(&step.from), n);
        assert_eq!(
            written.get(n).map(|s| s.title.as_str()),
            Some(step.title.as_str())
        );
    }
    let years = |min, max| Span {
        min,
        max,
        unit: TimeUnit::Years,
    };
    let Some((program, rest)) = steps.split_first() else {
        panic!("no steps");
    };
    assert_eq!(program.duration, Some(years(1, 2)));
    assert_eq!(
        program.cost, None,
        "the guide costs the two kinds of program, not the step"
    );
    let ways: Vec<(&str, Option<Span>, Option<UsdRange>)> = program
        .ways
        .iter()
        .map(|w| (w.name.as_str(), w.duration, w.cost))
        .collect();
    let usd = |min_usd, max_usd| Some(UsdRange { min_usd, max_usd });
    assert_eq!(
        ways,
        [
            (
                "Associate of Science degree",
                Some(years(2, 2)),
                usd(10_000, 30_000)
            ),
            (
                "Postsecondary certificate",
                Some(Span {
                    min: 9,
                    max: 12,
                    unit: TimeUnit::Months
                }),
                usd(5_000, 15_000)
            ),
        ]
    );
    for way in &program.ways {
        let Block::Paragraph(text) = block(&guide, &way.from) else {
            panic!("{} points at a paragraph", way.id);
        };
        let cost = way.cost.map(UsdRange::label).unwrap_or_default();
        assert!(text.contains(&cost), "{cost} is not in {text}");
    }
    for step in rest {
        assert_eq!(
            (step.duration, step.cost, step.ways.len()),
            (None, None, 0),
            "{}",
            step.id
        );
    }
}

#[test]
fn the_two_routes_keep_the_guides_figures_and_hedge() {
    let guide = guide();
    let routes: Vec<(&str, String, &str)> = guide
        .readiness
        .routes
        .iter()
        .map(|r| (r.name.as_str(), r.duration.label(), r.stated.as_str()))
        .collect();
    assert_eq!(
        routes,
        [
            (
                "Complete beginner",
                "1–2 years".to_owned(),
                "might expect 1–2 years"
            ),
            (
                "Healthcare experience or a related science background",
                "6–12 months".to_owned(),
                "perhaps within 6–12 months"
            ),
        ]
    );
    for route in &guide.readiness.routes {
        let Block::Paragraph(text) = block(&guide, &route.from) else {
            panic!("{} points at a paragraph", route.id);
        };
        assert!(text.contains(&route.duration.label()), "{text}");
    }
}

#[test]
fn no_section_may_take_the_plans_id() {
    let dir = crate::common::data::copy_data_dir();
    let path = dir.path().join("guide.ron");
    let text = crate::common::files::read_to_string(&path);
    let renamed = text.replacen("id: \"related\"", "id: \"plan\"", 1);
    assert_ne!(renamed, text, "the guide has a section `related`");
    std::fs::write(&path, renamed).expect("write guide.ron");
    let problems = medtech_guide::model::load::load_dir(dir.path()).expect_err("refused");
    let text = problems.to_string();
    assert!(
        text.contains("section id `plan` is the reader's own plan's; give the section another id"),
        "{text}"
    );
}
