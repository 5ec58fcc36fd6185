#!/usr/bin/env node
// The placeholder's stylesheet (src/web/js/placeholder.js: what a card shows before the wasm and its
// stylesheet arrive), taken from src/style.css at build time so that it looks like the card's
// frame by construction: from the rules for the host, the card's box, the title and the
// disclaimer, the declarations of the properties that make the frame (the rest are for the card's
// content, and would only add bytes to the runtime), minified.
//   node scripts/placeholder-css.mjs   prints it as a JSON string (build-dist.sh passes it to
//                                      esbuild as MEDCARD_PLACEHOLDER_CSS)
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// Each taken rule's selector in style.css → the selector it gets in the placeholder. The title is
// a heading in the card and a <p> in the placeholder (no heading before there is a card).
const TAKEN = new Map([
  [":host", ":host"],
  [':host([theme="auto"])', ':host([theme="auto"])'],
  [':host([theme="light"])', ':host([theme="light"])'],
  [':host([theme="dark"])', ':host([theme="dark"])'],
  [":host([hidden])", ":host([hidden])"],
  [".medcard", ".medcard"],
  ["h1, h2, h3, h4, h5, h6", ".medcard__title"],
  [".medcard__title", ".medcard__title"],
  [".medcard__disclaimer", ".medcard__disclaimer"],
]);

// The properties taken: the frame's size, colours, box and type, and what keeps the disclaimer
// shown (`!important` as written in style.css).
const PROPERTIES = new Set([
  "all",
  "display",
  "visibility",
  "opacity",
  "max-width",
  "color-scheme",
  "color",
  "background",
  "border",
  "border-radius",
  "padding",
  "margin",
  "font-family",
  "font-size",
  "font-weight",
  "line-height",
]);

/** The top-level rules of `css` (not those inside @-rules) as [selector, declarations]. */
function rules(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const found = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("{", at);
    if (open < 0) break;
    const selector = text.slice(at, open).trim().replace(/\s+/g, " ");
    let depth = 1;
    let close = open + 1;
    for (; depth > 0 && close < text.length; close++) {
      if (text[close] === "{") depth++;
      if (text[close] === "}") depth--;
    }
    if (!selector.startsWith("@")) {
      const declarations = text
        .slice(open + 1, close - 1)
        .split(";")
        .map((declaration) => declaration.trim().replace(/\s+/g, " ").replace(/\s*,\s*/g, ",").replace(" !important", "!important"))
        .filter(Boolean)
        .map((declaration) => {
          const colon = declaration.indexOf(":");
          return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
        });
      found.push([selector, declarations]);
    }
    at = close;
  }
  return found;
}

/** The placeholder's stylesheet from the text of style.css. */
export function placeholderCss(css) {
  const taken = rules(css).filter(([selector]) => TAKEN.has(selector));
  const missing = [...TAKEN.keys()].filter((selector) => !taken.some(([found]) => found === selector));
  if (missing.length) throw new Error(`style.css has no rule ${missing.join(", ")} for the placeholder`);
  return taken
    .map(([selector, declarations]) => {
      // The card's private properties (`--_bg: var(--medcard-bg, …)`) are written where they are
      // used, as the rule defines them: fewer bytes, the same values.
      const own = new Map(declarations.filter(([property]) => property.startsWith("--_")));
      const resolve = (value) => value.replace(/var\((--_[\w-]+)\)/g, (used, name) => (own.has(name) ? resolve(own.get(name)) : used));
      const kept = declarations.filter(([property]) => PROPERTIES.has(property) || PROPERTIES.has(property.split("-")[0]));
      return `${TAKEN.get(selector)}{${kept.map(([property, value]) => `${property}:${resolve(value)}`).join(";")}}`;
    })
    .join("");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(placeholderCss(readFileSync(path.join(repo, "src/style.css"), "utf8"))));
}
