// The styling API against the stylesheet: each --medcard-* custom property's default in
// src/web/npm/element-api.json (whose README table tests/e2e/element-api.test.mjs checks) is the
// stylesheet's fallback; without light-dark(), the plain defaults are the right halves.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { loadApi } from "../../scripts/element-api.mjs";
import { repo } from "../support/site.mjs";

const read = (file) => readFileSync(path.join(repo, file), "utf8");
const fullCss = read("src/style.css").replace(/\/\*[\s\S]*?\*\//g, "");
// The defaults for browsers without light-dark(): checked against the light-dark() pairs below.
const NO_LIGHT_DARK = /@supports not \(color: light-dark\(#000, #fff\)\) \{[\s\S]*?\n\}\n/;
const fallbackCss = fullCss.match(NO_LIGHT_DARK)?.[0] ?? "";
const css = fullCss.replace(NO_LIGHT_DARK, "");

// --medcard-name → its fallback in the stylesheet (`var(--medcard-name, fallback)`).
function stylesheetProperties() {
  const found = new Map();
  for (const [, name] of css.matchAll(/(--medcard-[a-z0-9-]+)/g)) found.set(name, undefined);
  for (const [, name, fallback] of css.matchAll(/var\((--medcard-[a-z0-9-]+),\s*((?:[^()]|\([^()]*\))+)\)/g)) {
    found.set(name, fallback.trim());
  }
  return found;
}

test("each --medcard-* property's default in the element's API source is the stylesheet's fallback", () => {
  const inCss = stylesheetProperties();
  const documented = loadApi().cssProperties;
  assert.ok(inCss.size > 0 && documented.length > 0);
  assert.deepEqual(documented.map(({ name }) => name).sort(), [...inCss.keys()].sort());
  for (const { name, default: values } of documented) {
    // A colour default may be [light, dark]: the stylesheet then says light-dark(light, dark).
    // A long default may be shortened with "…": its ends must still match.
    const fallback = values.length === 2 ? `light-dark(${values[0]}, ${values[1]})` : values[0];
    const [start, end = ""] = fallback.split("…");
    const actual = inCss.get(name) ?? "";
    assert.ok(
      fallback.includes("…") ? actual.startsWith(start.trim()) && actual.endsWith(end.trim()) : actual === fallback,
      `${name}: documented default ${fallback}, stylesheet ${actual}`,
    );
  }
});

test("without light-dark(), the defaults are its light halves, and its dark halves for theme=dark and auto", () => {
  assert.ok(fallbackCss, "style.css has the @supports not (color: light-dark(…)) block");
  const pairs = [...css.matchAll(/(--_[a-z-]+): var\((--medcard-[a-z-]+), light-dark\((#[0-9a-f]+), (#[0-9a-f]+)\)\);/g)];
  assert.ok(pairs.length >= 10, `found ${pairs.length} light-dark() defaults`);
  // The block's three rule sets, in order: no attribute (light), theme="dark", theme="auto".
  const sets = [...fallbackCss.matchAll(/\{([^{}]*)\}/g)].map(([, body]) =>
    Object.fromEntries([...body.matchAll(/(--_[a-z-]+): var\((--medcard-[a-z-]+), (#[0-9a-f]+)\);/g)].map(([, name, prop, value]) => [name, `${prop} ${value}`])),
  );
  assert.equal(sets.length, 3);
  const light = Object.fromEntries(pairs.map(([, name, prop, lightValue]) => [name, `${prop} ${lightValue}`]));
  const dark = Object.fromEntries(pairs.map(([, name, prop, , darkValue]) => [name, `${prop} ${darkValue}`]));
  assert.deepEqual(sets[0], light);
  assert.deepEqual(sets[1], dark);
  assert.deepEqual(sets[2], dark);
  assert.match(fallbackCss, /@media screen \{\s*:host\(\[theme="dark"\]\) \.medcard \{/);
  assert.match(fallbackCss, /@media screen and \(prefers-color-scheme: dark\) \{\s*:host\(\[theme="auto"\]\) \.medcard \{/);
});

test("every light-dark() colour outside custom properties has a plain colour before it", () => {
  const declarations = [...css.matchAll(/^\s*([a-z-]+): light-dark\(([^,]+), [^)]+\)( !important)?;/gm)];
  assert.ok(declarations.length > 0);
  for (const [line, property, lightValue, important = ""] of declarations) {
    const plain = `${property}: ${lightValue}${important};`;
    const at = css.indexOf(line);
    assert.ok(css.slice(Math.max(0, at - 200), at).includes(plain), `${line.trim()} needs "${plain}" just before it`);
  }
});
