//! One file per view. Views read the app and push [`crate::app::Command`]s; they never change
//! shared state directly.

pub mod banner;
pub mod blocks;
pub mod dialogs;
pub mod export_menu;
pub mod global_chart;
pub mod key_facts;
pub mod reader;
pub mod salary_chart;
pub mod search;
pub mod sidebar;
pub mod tables;
pub mod text;
pub mod top_bar;
