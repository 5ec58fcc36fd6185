//! A static part of a card written as one string of instructions, which the element's
//! JavaScript (`buildStatic` in `src/web/js/static-dom.js`) turns into DOM in one call. Pure: it
//! reads the view's `Html` and writes a string, on every target; the call into JavaScript is the
//! element's (`src/web/element.rs`).
//!
//! Yew keeps a virtual-DOM entry for every element and text node it creates, for as long as the
//! card is shown, and creates each through several calls across the JS boundary, every string
//! decoded on its own. Most of a card never changes after it is rendered (everything but the
//! side effects), so such a part is written here and built from it with `createElement`,
//! `setAttribute` and text nodes (never markup); Yew then holds one node per top-level element.
//! Parts with anything Yew must manage (a component, a portal) are left to Yew unchanged; the
//! static parts carry no event listeners.
//!
//! The format: `E` tag, then `A` name value for each attribute, the children, and `C` to close;
//! `T` text. Every string is written as its length in UTF-16 units (what JavaScript's string
//! indices count), a `:`, then the string, so any text is safe in it.

use yew::virtual_dom::VNode;
use yew::Html;

/// The instructions for `node`, or `None` for a node only Yew can create (a component, a
/// portal, a raw node) anywhere inside it.
pub fn write(node: &Html) -> Option<String> {
    let mut ops = String::new();
    write_node(node, &mut ops).then_some(ops)
}

/// Appends `node` to `ops`; `false` (and `ops` is then unusable) for a node only Yew can create.
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
    push_number(utf16_len(text), ops);
    ops.push(':');
    ops.push_str(text);
}

/// UTF-16 units from the UTF-8 bytes: one per character (every byte but continuation bytes),
/// and one more for each 4-byte character (lead bytes 0xF0 and up), which JavaScript stores as
/// a surrogate pair. Counted on bytes, not chars: this runs for every string of a card.
fn utf16_len(text: &str) -> usize {
    text.bytes()
        .map(|byte| usize::from(byte & 0xC0 != 0x80) + usize::from(byte >= 0xF0))
        .sum()
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

#[cfg(test)]
mod tests {
    use super::*;
    use yew::html;

    /// What `buildStatic` does with the ops, as a tree in a string: reads each length as UTF-16
    /// units, as JavaScript does.
    fn read_back(ops: &str) -> String {
        let units: Vec<u16> = ops.encode_utf16().collect();
        let mut at = 0;
        let mut out = String::new();
        let read = |at: &mut usize| {
            let mut length = 0;
            while units[*at] != u16::from(b':') {
                length = length * 10 + usize::from(units[*at] - u16::from(b'0'));
                *at += 1;
            }
            let text = String::from_utf16(&units[*at + 1..*at + 1 + length]).expect("whole");
            *at += 1 + length;
            text
        };
        while at < units.len() {
            let op = units[at];
            at += 1;
            match u8::try_from(op).map(char::from) {
                Ok('E') => out.push_str(&format!("<{}", read(&mut at))),
                Ok('A') => {
                    let name = read(&mut at);
                    out.push_str(&format!(" {name}={:?}", read(&mut at)));
                }
                Ok('T') => out.push_str(&format!("[{}]", read(&mut at))),
                Ok('C') => out.push('>'),
                _ => panic!("unknown op {op} at {at} in {ops}"),
            }
        }
        out
    }

    #[test]
    fn elements_attributes_and_text_in_order() {
        // Attributes in the order Yew keeps them (its `id` first).
        let html = html! {
            <p class="medcard__x" id="a"><strong>{ "Hi" }</strong>{ " there" }</p>
        };
        assert_eq!(
            write(&html).as_deref(),
            Some("E1:pA2:id1:aA5:class10:medcard__xE6:strongT2:HiCT6: thereC")
        );
    }

    #[test]
    fn lengths_count_utf16_units_so_any_text_reads_back_exactly() {
        for text in [
            "",
            "Zé",
            "😀",
            "𝄞:12:E5:x",
            "日本語",
            "Zé 😀🧪 12:34 3:abc <b>bold</b> & \u{2067}isolate\u{2069}\tC",
        ] {
            let html = html! { <span title={text.to_string()}>{ text.to_string() }</span> };
            let ops = write(&html).expect("plain elements");
            assert_eq!(
                read_back(&ops),
                format!("<span title={text:?}[{text}]>"),
                "{ops}"
            );
            assert_eq!(utf16_len(text), text.encode_utf16().count(), "{text}");
        }
        let emoji = write(&html! { <i>{ "😀😀" }</i> }).expect("plain");
        assert_eq!(emoji, "E1:iT4:😀😀C", "two surrogate pairs are four units");
    }

    #[test]
    fn numbers_are_plain_decimals() {
        for number in [0, 7, 10, 1234, usize::MAX] {
            let mut ops = String::new();
            push_number(number, &mut ops);
            assert_eq!(ops, number.to_string());
        }
    }

    #[test]
    fn what_only_yew_can_create_is_left_to_yew() {
        #[function_component]
        fn Part() -> Html {
            html! { <p/> }
        }
        use yew::function_component;
        assert_eq!(write(&html! { <div><Part /></div> }), None);
        assert_eq!(
            write(&html! { <><b/>{ "x" }</> }).as_deref(),
            Some("E1:bCT1:x")
        );
    }
}
