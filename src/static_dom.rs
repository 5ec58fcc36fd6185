//! Edge (wasm32 only): builds a card's static parts as DOM in one call into `src/js/static-dom.js`.
//!
//! Yew keeps a virtual-DOM entry for every element and text node it creates, for as long as the
//! card is shown, and creates each through several calls across the JS boundary, every string
//! decoded on its own. Most of a card never changes after it is rendered (everything but the
//! side effects), so [`build`] writes such a part as one string of instructions and
//! `static-dom.js`'s `buildStatic` (handed over with the element's hooks) makes the elements from it (`createElement`, `setAttribute`,
//! text nodes: never markup). Yew then holds one node per top-level element of the part.
//! Parts with anything Yew must manage (a component, a portal) are left to Yew unchanged; the
//! static parts carry no event listeners (the card's one listener is in `SideEffects`, a
//! component that is not part of them).

use crate::element::build_static;
use yew::virtual_dom::{VList, VNode};
use yew::Html;

/// `html` with each top-level element built as real DOM, held by Yew as a single node.
/// Unchanged when the element has not handed over its hooks (a bare component).
pub fn build(html: Html) -> Html {
    match html {
        VNode::VTag(_) => {
            let mut ops = String::new();
            if !write_node(&html, &mut ops) {
                return html;
            }
            match build_static(&ops) {
                Some(node) => VNode::VRef(node),
                None => html,
            }
        }
        VNode::VList(list) => {
            let children: Vec<Html> = list.iter().cloned().map(build).collect();
            VNode::VList(std::rc::Rc::new(VList::with_children(
                children,
                list.key.clone(),
            )))
        }
        other => other,
    }
}

/// Appends `node` to `ops`: `E` tag, then `A` name value for each attribute, the children, and
/// `C` to close; `T` text. Every string is written as its length in UTF-16 units (what
/// JavaScript's string indices count), a `:`, then the string, so any text is safe in it.
/// Returns `false` (and `ops` is then unusable) for a node only Yew can create.
fn write_node(node: &Html, ops: &mut String) -> bool {
    match node {
        VNode::VTag(tag) => {
            ops.push('E');
            write_string(tag.tag(), ops);
            for (name, value) in tag.attributes.iter() {
                ops.push('A');
                write_string(name, ops);
                write_string(value, ops);
            }
            if let Some(children) = tag.children() {
                if !write_node(children, ops) {
                    return false;
                }
            }
            ops.push('C');
            true
        }
        VNode::VText(text) => {
            ops.push('T');
            write_string(&text.text, ops);
            true
        }
        VNode::VList(list) => list.iter().all(|child| write_node(child, ops)),
        _ => false,
    }
}

fn write_string(text: &str, ops: &mut String) {
    // UTF-16 units from the UTF-8 bytes: one per character (every byte but continuation bytes),
    // and one more for each 4-byte character (lead bytes 0xF0 and up), which JavaScript stores
    // as a surrogate pair. Counted on bytes, not chars: this runs for every string of a card.
    let units = text
        .bytes()
        .map(|byte| usize::from(byte & 0xC0 != 0x80) + usize::from(byte >= 0xF0))
        .sum::<usize>();
    push_number(units, ops);
    ops.push(':');
    ops.push_str(text);
}

/// Appends `number` in decimal, without the formatting machinery (docs/performance.md, "Notes
/// from the code").
fn push_number(number: usize, ops: &mut String) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = number;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &digit in &digits[at..] {
        ops.push(char::from(digit));
    }
}
