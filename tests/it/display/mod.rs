mod atspi;
mod saved_state;
mod screenshot;
mod search_snapshots;
mod snapshots;
