// The npm package (pkg/, built by `make package`): its manifest and packed files, `validate` in
// Node (no DOM), and the API in headless Chromium loaded as plain ES modules: importing the main
// entry registers nothing, `defineMedCard` is idempotent, `render` mounts, updates and destroys,
// `validate` gives the widget's path-level problems. (`medcard/define` registers <med-card> in
// every framework app of tests/e2e/frameworks.test.mjs.)

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { startServer } from "../../scripts/serve.mjs";
import { repo, VERSION } from "../support/site.mjs";
import { collectProblems, launch } from "./browser.mjs";

const pkgDir = path.join(repo, "pkg");
const manifest = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8"));
const tarball = path.join(repo, "target", `medcard-${VERSION}.tgz`);
const MIRTAZAPINE = JSON.parse(readFileSync(path.join(repo, "www/examples/mirtazapine.json"), "utf8"));
const BAD_CARD = { schemaVersion: 1, medication: { name: " " }, sideEffects: { serious: [{ detail: "x" }] } };

test("package.json: name, the crate's version, entries, side effects and files", () => {
  assert.equal(manifest.name, "medcard");
  assert.equal(manifest.version, VERSION);
  assert.equal(manifest.type, "module");
  assert.deepEqual(Object.keys(manifest.exports).slice(0, 3), [".", "./define", "./schema.json"]);
  assert.deepEqual(manifest.sideEffects, ["./define.js", "./medcard.js"]);
  for (const field of ["license", "repository", "keywords", "types", "description"]) assert.ok(manifest[field], field);
  // Every exported file exists.
  const targets = Object.values(manifest.exports).flatMap((entry) => (typeof entry === "string" ? [entry] : Object.values(entry)));
  for (const target of [...targets, manifest.types]) assert.ok(existsSync(path.join(pkgDir, target)), target);
});

test("the packed tarball holds exactly the package's files", () => {
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ""))
    .sort();
  // prettier-ignore
  const expected = [
    "README.md", "custom-elements.json", "define.d.ts", "define.js", "index.d.ts", "index.js", "integrity.json",
    "medcard-authoring.js", "medcard-runtime.js", "medcard-unsupported.js", "medcard.js", "medcard.schema.json",
    "medcard_authoring_bg.wasm", "medcard_wasm_bg.wasm", "package.json", "vscode.html-custom-data.json", "web-types.json",
    "words/ar.json", "words/es.json", "react.d.ts", "react.js", "svelte.d.ts", "svelte.js", "vue.d.ts", "vue.js",
  ];
  assert.deepEqual(files, expected.sort());
});

test("the package's README is the one for npm users, with no make instructions", () => {
  const packed = execFileSync("tar", ["-xzOf", tarball, "package/README.md"], { encoding: "utf8" });
  assert.equal(packed, readFileSync(path.join(repo, "src/web/npm/README.md"), "utf8"));
  assert.doesNotMatch(packed, /`make\b|^\s*make /m);
  assert.match(packed, /import "medcard\/define"/);
});

test("validate in Node: path-level problems, syntax positions, objects and JSON text alike", async () => {
  const { validate, defineMedCard } = await import(path.join(pkgDir, "index.js"));
  assert.deepEqual(validate(MIRTAZAPINE), []);
  assert.deepEqual(validate(JSON.stringify(MIRTAZAPINE)), []);

  const problems = validate(BAD_CARD);
  assert.deepEqual(
    problems.map(({ severity, path }) => [severity, path]),
    [
      ["error", "medication.name"],
      ["error", "sideEffects.serious[0].name"],
    ],
  );
  assert.ok(problems.every(({ message }) => typeof message === "string" && message.length > 0));
  assert.deepEqual(validate(JSON.stringify(BAD_CARD)), problems);

  const [syntax, ...rest] = validate('{\n  "schemaVersion": 1,\n  "medication": {,\n}');
  assert.deepEqual(rest, []);
  assert.equal(syntax.path, "");
  assert.deepEqual([syntax.line, syntax.column], [3, 18]);

  const cyclic = { schemaVersion: 1 };
  cyclic.self = cyclic;
  assert.match(validate(cyclic)[0].message, /could not be read/);
  assert.match(validate(undefined)[0].message, /not a JSON value/);
  // Warnings come through too (an unknown field).
  assert.deepEqual(
    validate({ ...MIRTAZAPINE, colour: "red" }).map(({ severity, path }) => [severity, path]),
    [["warning", "colour"]],
  );
  // On request, the reading level: the whole card first, as an info; never an error.
  const graded = validate(MIRTAZAPINE, { readability: true });
  assert.equal(graded[0].severity, "info");
  assert.match(graded[0].message, /^reading grade \d+\.\d \(Flesch–Kincaid, \d+ words\)$/);
  assert.ok(graded.every(({ severity }) => severity !== "error"));
  assert.deepEqual(validate(MIRTAZAPINE, { readability: false }), []);
  await assert.rejects(defineMedCard(), /needs a browser/);
});

let server;
let browser;

before(async () => {
  server = await startServer({
    root: pkgDir,
    handler(req, res) {
      if (req.url === "/favicon.ico") return Boolean(res.writeHead(204).end());
      if (req.url !== "/test.html") return false;
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end('<!doctype html><html lang="en"><head><title>medcard npm</title></head><body><div id="host"></div></body></html>');
      return true;
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("in the browser: no registration on import; validate, defineMedCard, render, update, destroy", async () => {
  const page = await browser.newPage();
  const problems = await collectProblems(page);
  try {
    await page.goto(`${server.url}test.html`);
    const result = await page.evaluate(
      async ({ card, bad }) => {
        const medcard = await import("/index.js");
        const out = { definedOnImport: Boolean(customElements.get("med-card")) };
        try {
          medcard.validate(card);
        } catch (error) {
          out.beforeLoad = error.message;
        }
        await medcard.load();
        out.definedAfterLoad = Boolean(customElements.get("med-card"));
        out.validated = medcard.validate(bad).map(({ path, message }) => ({ path, message }));
        out.samePromise = medcard.defineMedCard() === medcard.defineMedCard();
        await medcard.defineMedCard();
        out.defined = Boolean(customElements.get("med-card"));

        const host = document.getElementById("host");
        const handle = await medcard.render(host, card, { headingLevel: 3, expanded: true });
        const root = handle.element.shadowRoot;
        out.first = {
          problems: handle.problems,
          parent: handle.element.parentElement === host,
          heading: root.querySelector(".medcard__title")?.localName,
          title: root.querySelector(".medcard__title")?.textContent,
          // `expanded: true`: the side effects <details> starts open.
          expanded: String(root.querySelector("details[data-section=sideEffects]")?.open),
        };
        out.updated = await handle.update(bad);
        out.panel = Boolean(root.querySelector('[role="alert"]'));
        await handle.update(JSON.stringify({ schemaVersion: 1, medication: { name: "Updated" } }));
        out.afterUpdate = root.querySelector(".medcard__title")?.textContent;
        handle.destroy();
        out.cardsLeft = host.querySelectorAll("med-card").length;
        out.detached = await medcard.render(document.createElement("div"), card).catch((error) => error.message);
        return out;
      },
      { card: MIRTAZAPINE, bad: BAD_CARD },
    );
    assert.equal(result.definedOnImport, false, "importing the main entry registers nothing");
    assert.match(result.beforeLoad, /await load\(\)/);
    assert.equal(result.definedAfterLoad, false, "load() registers nothing");
    assert.deepEqual(result.validated.map(({ path }) => path), ["medication.name", "sideEffects.serious[0].name"]);
    assert.equal(result.samePromise, true);
    assert.equal(result.defined, true);
    assert.deepEqual(result.first, { problems: [], parent: true, heading: "h3", title: "Mirtazapine", expanded: "true" });
    // The widget's own problems for that card (medcard-error) are the ones validate gave.
    assert.deepEqual(result.updated, result.validated);
    assert.equal(result.panel, true);
    assert.equal(result.afterUpdate, "Updated");
    assert.equal(result.cardsLeft, 0);
    assert.match(result.detached, /needs an element in the document/);
    assert.equal(await problems.summary(), "");
  } finally {
    await page.close();
  }
});
