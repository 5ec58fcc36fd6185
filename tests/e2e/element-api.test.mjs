// <med-card>'s API has one source, src/web/npm/element-api.json: the README's tables (attributes,
// properties and methods, events, custom properties, parts) and src/web/npm/index.d.ts are checked
// against it here, and the Custom Elements Manifest made from it against the published schema
// (npm `custom-elements-manifest`, pinned). Pure Node. The running element is checked against
// it in every engine by tests/engines/behaviours.mjs ("the element's API").
// After changing the source: `node scripts/element-api.mjs --readme` rewrites the README's tables.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { test } from "node:test";

import Ajv from "ajv";

import { EDITOR_FILES, customElementsManifest, editorFiles, loadApi, readmeBlock, readmeBlocks } from "../../scripts/element-api.mjs";
import { repo } from "../support/site.mjs";

const require = createRequire(import.meta.url);
const read = (file) => readFileSync(path.join(repo, file), "utf8");
const api = loadApi();
const types = read("src/web/npm/index.d.ts");

test("the README's tables and parts paragraph are made from the source, word for word", () => {
  const readme = read("README.md");
  for (const [first, block] of Object.entries(readmeBlocks(api))) {
    assert.equal(readmeBlock(readme, first), block, `README block "${first}" (node scripts/element-api.mjs --readme rewrites it)`);
  }
});

test("index.d.ts: the element's attributes, members and events are the source's", () => {
  const element = types.match(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\nexport interface MedCardElement extends HTMLElement \{([\s\S]*?)\n\}/);
  assert.ok(element, "index.d.ts declares MedCardElement with a doc comment");
  const listed = element[1].match(/Attributes:([\s\S]*?)\(/)[1];
  assert.deepEqual([...listed.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).sort(), api.attributes.map((a) => a.name).sort());
  const members = [...element[2].matchAll(/^ {2}([a-zA-Z]+)\??[(:]/gm)].map((m) => m[1]);
  assert.deepEqual(members.sort(), [...api.properties, ...api.methods].map((m) => m.name).sort());
  for (const method of api.methods) {
    const signature = element[2].match(new RegExp(`^  ${method.name}\\((.*)\\): (.*);$`, "m"));
    assert.ok(signature, method.name);
    assert.equal(signature[1], method.parameters.map((p) => `${p.name}: ${p.type}`).join(", "));
    assert.equal(signature[2], method.return);
  }
  for (const property of api.properties) {
    assert.match(element[2], new RegExp(`^  ${property.name}: ${property.type.replace(/[|()]/g, "\\$&").replace(/"full" \\| "compact"/, "(?:MedCardLayout|\"full\" \\| \"compact\")")};$`, "m"), property.name);
  }
  const eventMap = types.match(/export interface MedCardEventMap \{([\s\S]*?)\n\}/)[1];
  const events = [...eventMap.matchAll(/"([a-z-]+)": CustomEvent<(\w+)>;/g)].map(([, name, detail]) => [name, detail]);
  assert.deepEqual(events, api.events.map((e) => [e.name, e.detailType]));
  // Each detail type has the fields the README's `detail` column names.
  for (const event of api.events) {
    const body = types.match(new RegExp(`export interface ${event.detailType} \\{([\\s\\S]*?)\\n\\}`))?.[1];
    assert.ok(body, event.detailType);
    const fields = [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]);
    const named = [...event.detail.replace(/\[[^\]]*\]/g, "").matchAll(/(\w+)/g)].map((m) => m[1]);
    assert.deepEqual(fields, named, `${event.detailType} against ${event.detail}`);
  }
});

test("the attributes the element does not observe are read otherwise", () => {
  // (The observed ones: the running element's, in every engine.) `loading` is read when the
  // element connects; `theme` is the stylesheet's.
  const element = read("src/web/js/element.js");
  const css = read("src/style.css");
  for (const { name } of api.attributes.filter((a) => !a.observed)) {
    assert.ok(element.includes(`getAttribute("${name}")`) || css.includes(`:host([${name}`), `${name} is read somewhere`);
  }
});

test("the Custom Elements Manifest is valid against the published schema (custom-elements-manifest)", () => {
  const schema = require("custom-elements-manifest/schema.json");
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const manifest = customElementsManifest(api);
  assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
  assert.equal(manifest.schemaVersion.split(".")[0], require("custom-elements-manifest/package.json").version.split(".")[0]);
  const [element] = manifest.modules[0].declarations;
  assert.equal(element.tagName, "med-card");
  for (const list of ["attributes", "members", "events", "cssProperties", "cssParts"]) {
    assert.ok(element[list].length > 0, list);
    for (const entry of element[list]) assert.ok(entry.description?.length > 10, `${list} ${entry.name}: a description`);
  }
});

test("the npm package names and holds the editor files made from the source (when pkg/ is built)", (t) => {
  if (!existsSync(path.join(repo, "pkg/package.json"))) return t.skip("pkg/ is not built (make package)");
  const manifest = JSON.parse(read("pkg/package.json"));
  assert.equal(manifest.customElements, EDITOR_FILES.manifest);
  assert.equal(manifest["web-types"], `./${EDITOR_FILES.webTypes}`);
  for (const [file, value] of Object.entries(editorFiles(api))) {
    assert.ok(manifest.files.includes(file), file);
    assert.deepEqual(JSON.parse(read(`pkg/${file}`)), value, `pkg/${file} is current`);
  }
  const vscode = JSON.parse(read(`pkg/${EDITOR_FILES.vscode}`));
  assert.deepEqual(vscode.tags[0].attributes.map((a) => a.name), api.attributes.map((a) => a.name));
  const webTypes = JSON.parse(read(`pkg/${EDITOR_FILES.webTypes}`));
  assert.deepEqual(webTypes.contributions.html.elements[0].css.parts.map((p) => p.name), api.cssParts.map((p) => p.name));
});
