//! The command line's names for the program's own enums (theme, sort order, export format), in
//! one place, and the clap parser that reads them: the domain types stay free of clap.

use std::{ffi::OsStr, marker::PhantomData};

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use crate::{
    chart::SortOrder,
    export::{ChartFormat, ExportTheme, GuideFormat, pdf::Paper},
    state::ThemeChoice,
};

/// A value the command line can name.
pub trait CliValue: Copy + Send + Sync + 'static {
    /// Every value, in the order `--help` lists them.
    const ALL: &'static [Self];
    /// Its name on the command line.
    fn name(self) -> &'static str;
    /// What it means, for `--help` ("" for none).
    fn help(self) -> &'static str {
        ""
    }
}

impl CliValue for ThemeChoice {
    const ALL: &'static [Self] = &Self::ALL;
    fn name(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

impl CliValue for ExportTheme {
    const ALL: &'static [Self] = &[Self::Light, Self::Dark];
    fn name(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

impl CliValue for Paper {
    const ALL: &'static [Self] = &[Self::A4, Self::Letter];
    fn name(self) -> &'static str {
        match self {
            Self::A4 => "a4",
            Self::Letter => "letter",
        }
    }
}

impl CliValue for SortOrder {
    const ALL: &'static [Self] = &Self::ALL;
    fn name(self) -> &'static str {
        match self {
            Self::Midpoint => "midpoint",
            Self::Maximum => "maximum",
            Self::Minimum => "minimum",
            Self::Name => "name",
        }
    }
    fn help(self) -> &'static str {
        match self {
            Self::Midpoint => "Highest midpoint of the USD range first",
            Self::Maximum => "Highest USD maximum first",
            Self::Minimum => "Highest USD minimum first",
            Self::Name => "Alphabetical",
        }
    }
}

/// `--format`: one list across the guide's and the charts' formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Guide(GuideFormat),
    Chart(ChartFormat),
}

impl CliValue for Format {
    const ALL: &'static [Self] = &[
        Self::Guide(GuideFormat::Markdown),
        Self::Guide(GuideFormat::Html),
        Self::Chart(ChartFormat::Png),
        Self::Chart(ChartFormat::Svg),
        Self::Chart(ChartFormat::Pdf),
        Self::Chart(ChartFormat::Csv),
    ];
    fn name(self) -> &'static str {
        match self {
            Self::Guide(format) => format.extension(),
            Self::Chart(format) => format.extension(),
        }
    }
    fn help(self) -> &'static str {
        match self {
            Self::Guide(GuideFormat::Markdown) => "Markdown (guide, plan)",
            Self::Guide(GuideFormat::Html) => "One self-contained HTML page with the charts inline (guide)",
            Self::Chart(ChartFormat::Png) => "PNG image (chart; the handout at 150 dpi)",
            Self::Chart(ChartFormat::Svg) => "SVG image (chart)",
            Self::Chart(ChartFormat::Pdf) => "PDF document (chart; tagged guide, handout or plan for print)",
            Self::Chart(ChartFormat::Csv) => "CSV of the chart's figures (chart)",
        }
    }
}

/// Parses a [`CliValue`] by name, with clap's own messages and `--help` listing.
#[derive(Debug)]
pub struct ValueParser<T>(PhantomData<T>);

impl<T> Clone for ValueParser<T> {
    fn clone(&self) -> Self {
        Self(PhantomData)
    }
}

/// The parser for `T`, for `#[arg(value_parser = parser::<T>())]`.
#[must_use]
pub fn parser<T: CliValue>() -> ValueParser<T> {
    ValueParser(PhantomData)
}

impl<T: CliValue> ValueParser<T> {
    fn possible() -> impl Iterator<Item = PossibleValue> {
        T::ALL.iter().map(|value| match value.help() {
            "" => PossibleValue::new(value.name()),
            help => PossibleValue::new(value.name()).help(help),
        })
    }
}

impl<T: CliValue> TypedValueParser for ValueParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        // clap checks the name and words the error; the match below then always succeeds.
        let name = PossibleValuesParser::new(Self::possible()).parse_ref(cmd, arg, value)?;
        T::ALL
            .iter()
            .copied()
            .find(|v| v.name() == name)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(Self::possible()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names<T: CliValue>() -> Vec<&'static str> {
        T::ALL.iter().map(|v| v.name()).collect()
    }

    #[test]
    fn every_value_has_its_own_name() {
        assert_eq!(names::<ThemeChoice>(), ["system", "light", "dark"]);
        assert_eq!(names::<ExportTheme>(), ["light", "dark"]);
        assert_eq!(names::<SortOrder>(), ["midpoint", "maximum", "minimum", "name"]);
        assert_eq!(names::<Format>(), ["md", "html", "png", "svg", "pdf", "csv"]);
        assert_eq!(SortOrder::ALL.len(), names::<SortOrder>().len());
    }
}
