//! A way in, totalled: how long the guide says it takes, and what the costs it gives add up to,
//! always as the ranges the guide states, never a point figure. The guide gives a duration for
//! each route as a whole and costs only for the program of the first step; it does not say which
//! steps a route can skip, so every step counts for every route.

use crate::model::readiness::{Readiness, Route, Span, Step, UsdRange};

/// One route's totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteTotal<'a> {
    pub route: &'a Route,
    /// How long the guide says the route takes (its own figure, not a sum of the steps, whose
    /// durations overlap: clinical experience is often part of the program).
    pub duration: Span,
    /// The duration in the guide's words, hedge and all ("perhaps within 6–12 months").
    pub stated: &'a str,
    /// The costs the guide gives, added up over the steps: `None` when it gives none.
    pub cost: Option<UsdRange>,
    /// The steps whose cost the guide gives, with that cost.
    pub costed: Vec<(&'a Step, UsdRange)>,
    /// The steps it gives no cost for.
    pub uncosted: Vec<&'a Step>,
}

impl<'a> RouteTotal<'a> {
    /// The totals of the route with `id`, if there is one.
    #[must_use]
    pub fn of(readiness: &'a Readiness, id: &str) -> Option<Self> {
        let route = readiness.route(id)?;
        let mut costed = Vec::new();
        let mut uncosted = Vec::new();
        for step in &readiness.steps {
            match step.cost_range() {
                Some(cost) => costed.push((step, cost)),
                None => uncosted.push(step),
            }
        }
        let cost = costed.iter().map(|(_, cost)| *cost).reduce(UsdRange::plus);
        Some(Self {
            route,
            duration: route.duration,
            stated: &route.stated,
            cost,
            costed,
            uncosted,
        })
    }

    /// "Complete beginner: might expect 1–2 years; costs the guide gives: $5,000–$30,000".
    #[must_use]
    pub fn summary(&self) -> String {
        let cost = self.cost.map_or_else(
            || "the guide gives no cost for its steps".to_owned(),
            |cost| format!("costs the guide gives: {}", cost.label()),
        );
        format!("{}: {}; {cost}", self.route.name, self.stated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        load::load_bundled,
        readiness::{TimeUnit, Way},
    };

    fn readiness() -> Readiness {
        load_bundled().expect("the bundled data loads").readiness
    }

    #[test]
    fn each_route_keeps_its_own_duration_and_the_programs_costs() {
        let readiness = readiness();
        let beginner = RouteTotal::of(&readiness, "beginner").expect("the beginner's route");
        assert_eq!(
            beginner.duration,
            Span {
                min: 1,
                max: 2,
                unit: TimeUnit::Years
            }
        );
        // A certificate at least ($5,000), an associate's degree at most ($30,000).
        assert_eq!(
            beginner.cost,
            Some(UsdRange {
                min_usd: 5_000,
                max_usd: 30_000
            })
        );
        assert_eq!(beginner.costed.len(), 1);
        assert_eq!(beginner.uncosted.len(), 5);
        assert_eq!(
            beginner.summary(),
            "Complete beginner: might expect 1–2 years; costs the guide gives: $5,000–$30,000"
        );
        let experienced = RouteTotal::of(&readiness, "experienced").expect("the other route");
        assert_eq!(experienced.duration.label(), "6–12 months");
        assert_eq!(experienced.stated, "perhaps within 6–12 months");
        assert_eq!(experienced.cost, beginner.cost);
        assert!(RouteTotal::of(&readiness, "shortcut").is_none());
    }

    #[test]
    fn costs_add_as_ranges_and_a_step_with_none_adds_nothing() {
        let mut readiness = readiness();
        let Some(certified) = readiness.steps.get_mut(1) else {
            panic!("a second step");
        };
        certified.cost = Some(UsdRange {
            min_usd: 100,
            max_usd: 500,
        });
        let total = RouteTotal::of(&readiness, "beginner").expect("a route");
        assert_eq!(total.cost.map(UsdRange::label).as_deref(), Some("$5,100–$30,500"));
        assert_eq!(total.uncosted.len(), 4);
        for step in &mut readiness.steps {
            step.cost = None;
            step.ways.iter_mut().for_each(|way: &mut Way| way.cost = None);
        }
        let total = RouteTotal::of(&readiness, "beginner").expect("a route");
        assert_eq!(total.cost, None);
        assert_eq!(
            total.summary(),
            "Complete beginner: might expect 1–2 years; the guide gives no cost for its steps"
        );
    }
}
