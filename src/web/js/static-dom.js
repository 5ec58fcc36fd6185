// Builds the static part of a card from the op string Rust's `src/view/static_ops.rs` writes.

/**
 * Builds the element that `ops` describes: `E` tag, `A` name value, `T` text, `C` close; each
 * string is `length:` then that many UTF-16 units. Only createElement, setAttribute and text
 * nodes: the card's text is never parsed as markup.
 */
export function buildStatic(ops) {
  const doc = document;
  let at = 0;
  // Hot: runs for every string of every card, so digits by char code, not slice + Number.
  const read = () => {
    let units = 0;
    for (let code = ops.charCodeAt(at++); code !== 58; code = ops.charCodeAt(at++)) {
      units = units * 10 + code - 48;
    }
    const text = ops.slice(at, at + units);
    at += units;
    return text;
  };
  const open = [];
  let root = null;
  let parent = null;
  while (at < ops.length) {
    const op = ops.charCodeAt(at++);
    if (op === 69) {
      // E: an element, which later ops fill until its C.
      const element = doc.createElement(read());
      if (parent) parent.appendChild(element);
      else root = element;
      open.push(element);
      parent = element;
    } else if (op === 65) {
      // A: an attribute of the open element.
      const name = read();
      parent.setAttribute(name, read());
    } else if (op === 84) {
      // T: a text node.
      parent.appendChild(doc.createTextNode(read()));
    } else {
      // C: the open element is complete.
      open.pop();
      parent = open[open.length - 1] ?? null;
    }
  }
  return root;
}
