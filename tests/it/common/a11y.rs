//! The `AccessKit` tree as a screen reader walks it: plain containers are see-through, hidden
//! nodes are not there, and a node reads as its name or, lacking one, its text.

use egui::accesskit::Role;
use egui_kittest::{Node, kittest::NodeT as _};

/// The children a screen reader sees: plain containers and text runs are see-through, hidden
/// nodes (and all inside them) are not there.
#[must_use]
pub fn seen_children<'t>(node: &Node<'t>) -> Vec<Node<'t>> {
    node.children()
        .flat_map(|child| {
            let ak = child.accesskit_node();
            if ak.is_hidden() {
                Vec::new()
            } else if matches!(ak.role(), Role::GenericContainer | Role::TextRun) {
                seen_children(&child)
            } else {
                vec![child]
            }
        })
        .collect()
}

/// The text a node reads as: its name (a label's text), else what it holds, joined by spaces.
#[must_use]
pub fn text_of(node: &Node<'_>) -> String {
    let ak = node.accesskit_node();
    let own = if ak.role() == Role::Label {
        ak.value()
    } else {
        ak.label()
    };
    own.unwrap_or_else(|| {
        seen_children(node)
            .iter()
            .map(text_of)
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// The roles of `nodes`, in order.
#[must_use]
pub fn roles(nodes: &[Node<'_>]) -> Vec<Role> {
    nodes.iter().map(|n| n.accesskit_node().role()).collect()
}

/// What `nodes` read as, in order.
#[must_use]
pub fn texts(nodes: &[Node<'_>]) -> Vec<String> {
    nodes.iter().map(text_of).collect()
}
