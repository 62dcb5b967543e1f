//! Checks that parsed data is consistent, reporting each problem at the entry it concerns.
//!
//! Serde drops positions, so a second, shallow parse of the same text borrows each entry's
//! source slice (`ron::value::RawValue`); an entry's position is where its slice starts. That
//! parse runs only when a problem is found.

mod checks;
mod readiness;
mod references;
mod spans;
mod together;

pub(super) use spans::field_offset;
pub use together::{Files, Parsed, validate, validate_parsed};
