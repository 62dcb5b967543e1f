//! medtech-guide: the Medical Technician career guide, offline, in a native window.
//!
//! The data model ([`model`]) is parsed once from RON and never changed; the chart model
//! ([`chart`]) derives what charts show from it; the views ([`views`]) draw the window from a
//! narrow context and send [`command`]s, which the app ([`app`]) applies; [`export`] renders
//! files; [`cli`] is the command line.

pub mod app;
pub mod chart;
pub mod cli;
pub mod command;
pub mod export;
pub mod fs;
pub(crate) mod icon;
pub mod jobs;
pub mod model;
pub mod platform;
pub mod present;
pub mod search;
pub mod state;
pub mod timings;
pub mod tokens;
pub mod ui_command;
pub mod views;
