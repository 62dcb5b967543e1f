//! Chart exports through the library, failing the test on an error.

use medtech_guide::{
    chart::SortOrder,
    export::{self, ChartFormat, ChartId, ExportTheme, RenderOptions},
    present::Presentation,
};

/// Render options of `width`×`height` px in `theme`, regions in the default order.
#[must_use]
pub fn options(width: u32, height: u32, theme: ExportTheme) -> RenderOptions {
    RenderOptions {
        width,
        height,
        theme,
        sort: SortOrder::default(),
    }
}

/// The bytes of `chart` exported as `format`.
#[must_use]
pub fn export_chart(
    present: &Presentation,
    chart: ChartId,
    format: ChartFormat,
    options: &RenderOptions,
) -> Vec<u8> {
    export::export_chart(present, chart, format, options)
        .unwrap_or_else(|e| panic!("{chart:?} as {format:?} {options:?}: {e}"))
}
