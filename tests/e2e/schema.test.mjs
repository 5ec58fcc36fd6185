// The JSON Schema (schema/medcard.schema.json, generated from the Rust model) checked by an
// independent validator, ajv: every sample card and valid fixture passes it, and every invalid
// fixture that is JSON fails it. tests/schema.rs proves the Rust validator rejects each of those
// for a structural reason, so the two sets of rules agree on them. Last, thousands of broken
// variants of real cards go through both ajv and `medcard validate`: the verdicts must agree.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { repo } from "../support/site.mjs";

const schema = JSON.parse(readFileSync(path.join(repo, "schema/medcard.schema.json"), "utf8"));

function jsonFiles(dir) {
  return readdirSync(path.join(repo, dir))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(dir, name));
}

// Compiling throws if the schema is not valid under ajv's strict mode: no test runs.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

test("the schema is draft 2020-12", () => {
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
});

test("every sample card and valid fixture passes the schema", () => {
  const files = [...jsonFiles("www/examples"), ...jsonFiles("tests/fixtures/valid")];
  assert.ok(files.length >= 5, files.join(", "));
  for (const file of files) {
    const card = JSON.parse(readFileSync(path.join(repo, file), "utf8"));
    assert.ok(validate(card), `${file}: ${JSON.stringify(validate.errors, null, 1)}`);
  }
});

test("every invalid fixture that is JSON fails the schema", () => {
  let checked = 0;
  for (const file of jsonFiles("tests/fixtures/invalid")) {
    let card;
    try {
      card = JSON.parse(readFileSync(path.join(repo, file), "utf8"));
    } catch {
      continue; // a syntax error is not a structural one
    }
    assert.equal(validate(card), false, `${file} passed the schema`);
    checked += 1;
  }
  assert.ok(checked >= 10, `only ${checked} fixtures`);
});

test("the schema pins the version and the required medication name", () => {
  const card = { schemaVersion: 1, medication: { name: "Example" } };
  assert.ok(validate(card));
  assert.equal(validate({ ...card, schemaVersion: 2 }), false);
  assert.equal(validate({ schemaVersion: 1, medication: {} }), false);
});

/** Every variant of `card` with one value replaced by a wrong or empty one, or one key removed. */
function variants(card) {
  const found = [];
  const walk = (node, at) => {
    if (!node || typeof node !== "object") return;
    for (const key of Object.keys(node)) {
      const here = [...at, key];
      for (const value of [42, true, "", "   ", null, "text", "2026-02-30", [], {}, [""], [{}]]) {
        found.push({ at: here, value });
      }
      if (!Array.isArray(node)) found.push({ at: here, remove: true });
      walk(node[key], here);
    }
  };
  walk(card, []);
  return found.map(({ at, value, remove }) => {
    const copy = structuredClone(card);
    const parent = at.slice(0, -1).reduce((node, key) => node[key], copy);
    if (remove) delete parent[at.at(-1)];
    else parent[at.at(-1)] = value;
    return { change: `${at.join(".")} ${remove ? "removed" : `= ${JSON.stringify(value)}`}`, card: copy };
  });
}

test("ajv and the Rust validator agree on thousands of broken variants of real cards", () => {
  const dir = path.join(repo, "tests", "e2e", ".tmp", "schema-variants");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = [...jsonFiles("www/examples"), "tests/fixtures/valid/every-field.json"];
  const all = sources.flatMap((file) => variants(JSON.parse(readFileSync(path.join(repo, file), "utf8"))));
  all.forEach((variant, index) => {
    variant.file = `variant-${String(index).padStart(5, "0")}.json`;
    writeFileSync(path.join(dir, variant.file), JSON.stringify(variant.card));
  });
  let output;
  try {
    output = execFileSync("cargo", ["run", "--quiet", "--features", "cli", "--", "validate", "--format", "json", dir], {
      cwd: repo,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "inherit"],
    });
  } catch (error) {
    assert.equal(error.status, 1, "medcard validate exits 1 when a card is invalid");
    output = error.stdout;
  }
  const rust = new Map(JSON.parse(output).files.map((report) => [path.basename(report.file), report.valid]));
  const disagreements = all
    .filter((variant) => validate(variant.card) !== rust.get(variant.file))
    .map((variant) => `${variant.change}: ajv ${validate(variant.card)}, medcard ${rust.get(variant.file)}`);
  assert.ok(all.length > 3000, `${all.length} variants`);
  assert.ok([...rust.values()].filter((valid) => !valid).length > 1000, "most variants are invalid");
  assert.deepEqual(disagreements, []);
});
