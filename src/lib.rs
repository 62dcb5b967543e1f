//! medtech-guide: the Medical Technician career guide, offline, in a native window.
//!
//! The data model ([`model`]) is parsed once from RON and never changed; the chart model
//! ([`chart`]) derives what charts show from it; the views ([`views`]) draw the app
//! ([`app`]) and emit commands; [`cli`] is the command line.

pub mod app;
pub mod chart;
pub mod cli;
pub mod export;
pub mod icon;
pub mod jobs;
pub mod model;
pub mod platform;
pub mod screenshot;
pub mod search;
pub mod state;
pub mod timings;
pub mod tokens;
pub mod views;
