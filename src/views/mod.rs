//! One file per view. Views read a narrow [`ViewContext`] and send [`crate::command::Command`]s;
//! they never see the app and never change shared state directly.

pub(crate) mod a11y;
pub(crate) mod banner;
pub(crate) mod blocks;
pub(crate) mod context;
pub mod dialogs;
pub(crate) mod export_menu;
pub(crate) mod focus;
pub(crate) mod folder_dialog;
pub(crate) mod found;
pub(crate) mod global_chart;
pub(crate) mod key_facts;
pub(crate) mod legend;
pub(crate) mod links;
pub(crate) mod path_chart;
pub(crate) mod plan;
pub(crate) mod plan_answers;
pub(crate) mod plan_result;
pub(crate) mod radio_group;
pub(crate) mod reader;
pub(crate) mod salary_chart;
pub(crate) mod salary_plot;
pub(crate) mod save_dialog;
pub(crate) mod save_options;
pub(crate) mod search;
pub mod sidebar;
pub(crate) mod table_cells;
pub(crate) mod tables;
pub(crate) mod text;
pub(crate) mod top_bar;
pub(crate) mod wide;
pub(crate) mod window;

pub use banner::Banner;
pub use context::ViewContext;
pub use reader::Place;
pub use window::Views;
