//! The integration tests: one binary (each `tests/*.rs` would be a crate of its own, compiled and
//! linked with the whole library once per file), a module per area.
//!
//! Tests that need a real display or Vulkan (`display/`) are `#[ignore]`d, so `cargo test` needs
//! neither; `.ci/run` runs them from the same build with `--ignored` under Xvfb.

mod a11y;
mod charts;
mod cli;
mod common;
mod compiled;
mod data;
mod display;
mod export;
mod layers;
mod print;
mod ui;
