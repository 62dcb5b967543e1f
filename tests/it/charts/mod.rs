mod chart_axes;
mod chart_legends;
mod chart_model;
mod chart_tables;
mod window;
