//! Helpers shared by the integration tests, one submodule per kind of fixture.
//!
//! A private module of the one test binary: a helper no test calls is reported as dead code.

pub(crate) mod a11y;
pub(crate) mod app;
pub(crate) mod bin;
pub(crate) mod corpus;
pub(crate) mod data;
pub(crate) mod export;
pub(crate) mod files;
pub(crate) mod mounts;
pub(crate) mod paint;
pub(crate) mod pdf;
pub(crate) mod plan;
pub(crate) mod png;
