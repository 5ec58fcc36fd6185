// The README's styling API against the code: every --medcard-* custom property the stylesheet
// reads is in the README's table with its default and a description, and every row of the table
// is read by the stylesheet; the README's ::part() names are exactly the `part` attributes the
// card renders (src/view/*.rs, and the JavaScript edge's placeholder and fallback panel).

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const read = (file) => readFileSync(path.join(repo, file), "utf8");
const readme = read("README.md");
const fullCss = read("src/style.css").replace(/\/\*[\s\S]*?\*\//g, "");
// The defaults for browsers without light-dark(): checked against the light-dark() pairs below.
const NO_LIGHT_DARK = /@supports not \(color: light-dark\(#000, #fff\)\) \{[\s\S]*?\n\}\n/;
const fallbackCss = fullCss.match(NO_LIGHT_DARK)?.[0] ?? "";
const css = fullCss.replace(NO_LIGHT_DARK, "");
// The JavaScript edge: src/web/js/*.js (and src/*.js, where it lived before).
const edgeSources = ["src/web/js"]
  .filter((dir) => existsSync(path.join(repo, dir)))
  .flatMap((dir) => readdirSync(path.join(repo, dir)).filter((file) => file.endsWith(".js")).map((file) => read(`${dir}/${file}`)));

// --medcard-name → its fallback in the stylesheet (`var(--medcard-name, fallback)`).
function stylesheetProperties() {
  const found = new Map();
  for (const [, name] of css.matchAll(/(--medcard-[a-z0-9-]+)/g)) found.set(name, undefined);
  for (const [, name, fallback] of css.matchAll(/var\((--medcard-[a-z0-9-]+),\s*((?:[^()]|\([^()]*\))+)\)/g)) {
    found.set(name, fallback.trim());
  }
  return found;
}

// The README's styling table: --medcard-name → { fallback, description }.
function readmeProperties() {
  // A colour default may be "`light` / `dark`": the stylesheet then says light-dark(light, dark).
  const rows = readme.matchAll(/^\| `(--medcard-[a-z0-9-]+)` \| `([^`]*)`(?: \/ `([^`]*)`)? \| ([^|]*) \|$/gm);
  return new Map(
    [...rows].map(([, name, light, dark, description]) => [
      name,
      { fallback: dark ? `light-dark(${light}, ${dark})` : light, description: description.trim() },
    ]),
  );
}

test("every --medcard-* property of the stylesheet is in the README table, and only those", () => {
  const inCss = stylesheetProperties();
  const inReadme = readmeProperties();
  assert.ok(inCss.size > 0 && inReadme.size > 0);
  assert.deepEqual([...inReadme.keys()].sort(), [...inCss.keys()].sort());
  for (const [name, { fallback, description }] of inReadme) {
    assert.ok(description.length > 10, `${name}: a description`);
    // The README may shorten a long default with "…": its ends must still match.
    const [start, end = ""] = fallback.split("…");
    const actual = inCss.get(name) ?? "";
    assert.ok(
      fallback.includes("…") ? actual.startsWith(start.trim()) && actual.endsWith(end.trim()) : actual === fallback,
      `${name}: README default ${fallback}, stylesheet ${actual}`,
    );
  }
});

test("the README's ::part() names are exactly the parts the card renders", () => {
  const sources = [
    ...readdirSync(path.join(repo, "src/view")).map((file) => read(`src/view/${file}`)),
    ...edgeSources,
  ].join("\n");
  const rendered = new Set([...sources.matchAll(/part="([a-z-]+)"|"part", "([a-z-]+)"/g)].map((match) => match[1] ?? match[2]));
  const paragraph = readme.match(/^Parts, for `med-card::part\(name\)`:([\s\S]*?)\n\n/m);
  assert.ok(paragraph, "README has the Parts paragraph");
  const documented = new Set([...paragraph[1].matchAll(/`([a-z-]+)`/g)].map((match) => match[1]));
  assert.deepEqual([...documented].sort(), [...rendered].sort());
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
