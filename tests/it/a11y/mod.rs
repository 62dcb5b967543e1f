mod accessibility;
mod accessibility_names;
mod accessibility_tables;
mod live_regions;
mod search_a11y;
