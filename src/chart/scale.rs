//! Axis ends: rounding a chart's largest value up to a round number.

/// Rounds `value` up to a multiple of `step` (for axis ends).
#[must_use]
pub fn ceil_to(value: f64, step: f64) -> f64 {
    (value / step).ceil() * step
}
