//! One file per view. Views read a narrow [`ViewContext`] and send [`crate::command::Command`]s;
//! they never see the app and never change shared state directly.

pub mod banner;
pub mod blocks;
pub mod context;
pub mod dialogs;
pub mod export_menu;
pub mod global_chart;
pub mod key_facts;
pub mod reader;
pub mod salary_chart;
pub mod save_dialog;
pub mod search;
pub mod sidebar;
pub mod tables;
pub mod text;
pub mod top_bar;
pub mod window;

pub use banner::Banner;
pub use context::ViewContext;
pub use window::Views;
