mod atspi;
mod saved_state;
mod screenshot;
mod snapshots;
