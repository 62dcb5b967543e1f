//! What was checked: each check passes, fails with a reason, or is skipped with a reason.

#[derive(Default)]
pub struct Report {
    lines: Vec<(Outcome, String)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Pass,
    Fail,
    Skip,
}

impl Report {
    /// A check that held.
    pub fn pass(&mut self, what: impl Into<String>) {
        let what = what.into();
        println!("xtask: ok: {what}");
        self.lines.push((Outcome::Pass, what));
    }

    /// A check that held if `ok`, else a failure saying `what` and `detail`.
    pub fn expect(&mut self, ok: bool, what: impl Into<String>, detail: impl std::fmt::Display) {
        if ok {
            self.pass(what);
        } else {
            self.fail(format!("{}: {detail}", what.into()));
        }
    }

    pub fn fail(&mut self, what: impl Into<String>) {
        let what = what.into();
        eprintln!("xtask: FAILED: {what}");
        self.lines.push((Outcome::Fail, what));
    }

    /// Something that could not be done on this machine, said loudly but not a failure; under CI
    /// (the `CI` variable set) it is a failure, so a skipped check never passes unseen there.
    pub fn skip(&mut self, what: impl Into<String>) {
        let what = what.into();
        if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
            self.fail(format!("{what} (a check may not be skipped in CI)"));
            return;
        }
        eprintln!("\nxtask: ************************************************************");
        eprintln!("xtask: SKIPPED: {what}");
        eprintln!("xtask: ************************************************************\n");
        self.lines.push((Outcome::Skip, what));
    }

    /// Runs one step; an error inside it fails that step and the next steps still run.
    pub fn step(&mut self, name: &str, f: impl FnOnce(&mut Self) -> anyhow::Result<()>) {
        println!("xtask: == {name} ==");
        if let Err(e) = f(self) {
            self.fail(format!("{name}: {e:#}"));
        }
    }

    pub fn failed(&self) -> bool {
        self.lines.iter().any(|(o, _)| *o == Outcome::Fail)
    }

    pub fn print(&self) {
        if self.lines.is_empty() {
            return;
        }
        let count = |o| self.lines.iter().filter(|(x, _)| *x == o).count();
        println!("\nxtask: packaging summary");
        for (outcome, what) in &self.lines {
            let tag = match outcome {
                Outcome::Pass => "ok     ",
                Outcome::Fail => "FAILED ",
                Outcome::Skip => "SKIPPED",
            };
            println!("  {tag} {what}");
        }
        println!(
            "packaging: {} passed, {} failed, {} skipped",
            count(Outcome::Pass),
            count(Outcome::Fail),
            count(Outcome::Skip)
        );
    }
}
