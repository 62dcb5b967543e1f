//! Exports: the guide as Markdown (and, later, HTML); charts as files. Everything written
//! atomically.

pub mod markdown;
pub mod write;
