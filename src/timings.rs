//! Start-up timings: with `MEDTECH_GUIDE_TIMINGS=1` in the environment, each phase of start-up
//! prints to standard error when it ends, in milliseconds since `main` began and since the
//! previous phase. Off (one relaxed atomic load per mark) otherwise.
//!
//! ```text
//! MEDTECH_GUIDE_TIMINGS=1 medtech-guide --screenshot shot.png
//! ```

use std::{
    sync::{
        Mutex, OnceLock,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

/// The variable that switches the timings on (any value but empty or `0`).
pub const ENV_VAR: &str = "MEDTECH_GUIDE_TIMINGS";

static ENABLED: AtomicBool = AtomicBool::new(false);
static START: OnceLock<Instant> = OnceLock::new();
static PREVIOUS: Mutex<Option<Instant>> = Mutex::new(None);

/// Starts the clock (call first thing in `main`) and reads [`ENV_VAR`].
pub fn start() {
    let now = *START.get_or_init(Instant::now);
    let on = std::env::var_os(ENV_VAR).is_some_and(|v| !v.is_empty() && v != "0");
    ENABLED.store(on, Ordering::Relaxed);
    if on {
        set_previous(now);
    }
}

/// Whether [`mark`] prints anything.
#[must_use]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Prints that `phase` has just ended, if timings are on.
pub fn mark(phase: &str) {
    if !enabled() {
        return;
    }
    let now = Instant::now();
    let Some(start) = START.get() else {
        return;
    };
    let since_previous = set_previous(now).map_or(Duration::ZERO, |previous| now - previous);
    eprintln!("{}", line(now - *start, since_previous, phase));
}

/// One line of the report: `timing:   12.34 ms  (+ 1.23 ms)  phase`.
#[must_use]
pub fn line(since_start: Duration, since_previous: Duration, phase: &str) -> String {
    format!(
        "medtech-guide: timing: {:8.2} ms (+{:7.2} ms)  {phase}",
        since_start.as_secs_f64() * 1000.0,
        since_previous.as_secs_f64() * 1000.0,
    )
}

/// Records `now` as the previous mark; returns the one before.
fn set_previous(now: Instant) -> Option<Instant> {
    // A poisoned lock only means another thread panicked mid-mark; the value is still usable.
    let mut previous = PREVIOUS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    previous.replace(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_gives_both_durations_in_milliseconds() {
        let text = line(
            Duration::from_micros(12_346),
            Duration::from_micros(1_500),
            "data loaded",
        );
        assert_eq!(
            text,
            "medtech-guide: timing:    12.35 ms (+   1.50 ms)  data loaded"
        );
    }
}
