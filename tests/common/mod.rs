//! Helpers shared by the integration tests, one submodule per kind of fixture.
//!
//! Each file in `tests/` is a crate of its own and declares `pub mod common;`. It calls only some
//! of these helpers; because the module is public, rustc counts the others as the crate's
//! exports, not as dead code, so no `#[allow(dead_code)]` is needed.

pub mod a11y;
pub mod app;
pub mod bin;
pub mod data;
pub mod export;
pub mod files;
pub mod paint;
pub mod pdf;
pub mod png;
