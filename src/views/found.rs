//! What a search result found: the block, or the part of a block (a list item, a question with
//! its answer, a table row, a key-fact card), drawn in a scope of its own, marked, scrolled to
//! and given the keyboard.

use egui::Ui;

use crate::search::Part;

/// The name of what a search result opened, as a screen reader hears it when it takes focus.
pub const FOUND_LABEL: &str = "Found by search";

/// The part of one block that a search result found, passed to the block's view; once the block
/// is drawn, where that part is.
#[derive(Debug, Default)]
pub struct Finder {
    target: Option<Part>,
    found: Option<Found>,
}

/// A found part as drawn this frame.
#[derive(Debug)]
pub struct Found {
    /// What the mark goes around: what was painted for the part.
    pub rect: egui::Rect,
    /// Where the mark is painted, under the part.
    pub behind: egui::layers::ShapeIdx,
    /// The part's own scope, which takes the keyboard; `None` for a table row, whose table takes
    /// it.
    pub scope: Option<egui::Response>,
}

impl Finder {
    /// Looks for `target` in the block about to be drawn (`None`: nothing to find in it).
    #[must_use]
    pub fn new(target: Option<Part>) -> Self {
        Self { target, found: None }
    }

    /// Whether `part` is the one looked for.
    #[must_use]
    pub fn is_target(&self, part: Part) -> bool {
        self.target == Some(part)
    }

    /// The part, once drawn.
    #[must_use]
    pub fn found(self) -> Option<Found> {
        self.found
    }

    /// Draws `part` in a scope of its own, found or not, laid out exactly as without it: the ids
    /// inside never change when the part is marked. The found part is a group that can take the
    /// keyboard, named for assistive technology.
    pub fn part_ui<R>(&mut self, ui: &mut Ui, part: Part, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
        let found = self.is_target(part);
        // The mark is painted under the part, which is laid out exactly as when unmarked.
        let behind = found.then(|| ui.painter().add(egui::Shape::Noop));
        let (response, inner) = scope_ui(ui, ("part", part), found, add_contents);
        if let Some(behind) = behind {
            let rect = painted_bounds(ui, behind).map_or(response.rect, |r| r.intersect(response.rect));
            self.found = Some(Found {
                rect,
                behind,
                scope: Some(response),
            });
        }
        inner
    }

    /// Where the mark of `part` goes, when it is the one looked for and is drawn without a scope
    /// of its own (a table row, whose cells the grid places): call before drawing it, then
    /// [`Self::row_drawn`] with its rectangle.
    pub fn row_mark(&self, ui: &Ui, part: Part) -> Option<egui::layers::ShapeIdx> {
        self.is_target(part).then(|| ui.painter().add(egui::Shape::Noop))
    }

    /// The row whose mark goes at `behind` was drawn at `rect`.
    pub fn row_drawn(&mut self, behind: egui::layers::ShapeIdx, rect: egui::Rect) {
        self.found = Some(Found {
            rect,
            behind,
            scope: None,
        });
    }
}

/// `add_contents` in a scope of its own salted with `salt`, laid out exactly as without it (the
/// room its last widget leaves below is kept, where a scope would put one item spacing); a
/// `found` scope is a group that can take the keyboard, named [`FOUND_LABEL`].
pub fn scope_ui<R>(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    found: bool,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> (egui::Response, R) {
    let mut builder = egui::UiBuilder::new().id_salt(salt);
    if found {
        builder = builder
            .sense(egui::Sense::focusable_noninteractive())
            .accessibility_role(egui::accesskit::Role::Group)
            .accessibility_label(FOUND_LABEL);
    }
    let gap = ui.spacing().item_spacing.y;
    let scoped = ui.scope_builder(builder, |ui| {
        let inner = add_contents(ui);
        (inner, ui.cursor().min.y - ui.min_rect().bottom())
    });
    let (inner, below) = scoped.inner;
    // Only a real change: even no space counts the cursor in, and a column (a key-fact card's)
    // would grow by the item spacing.
    if (below - gap).abs() > f32::EPSILON {
        ui.add_space(below - gap);
    }
    (scoped.response, inner)
}

/// What was painted after `after` in this layer, bounded: a block's text and cards without the
/// gap below it.
pub fn painted_bounds(ui: &Ui, after: egui::layers::ShapeIdx) -> Option<egui::Rect> {
    ui.ctx().graphics(|layers| {
        let bounds = layers
            .get(ui.layer_id())?
            .all_entries()
            .skip(after.0 + 1)
            .map(|clipped| clipped.shape.visual_bounding_rect())
            .filter(egui::Rect::is_positive)
            .fold(egui::Rect::NOTHING, egui::Rect::union);
        bounds.is_positive().then_some(bounds)
    })
}
