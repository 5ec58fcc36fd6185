// The JSON Schema (schema/medcard.schema.json, generated from the Rust model) checked by an
// independent validator, ajv: every sample card and valid fixture passes it, and every invalid
// fixture that is JSON fails it. tests/schema.rs proves the Rust validator rejects each of those
// for a structural reason, so the two sets of rules agree on them.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const schema = JSON.parse(readFileSync(path.join(repo, "schema/medcard.schema.json"), "utf8"));

function jsonFiles(dir) {
  return readdirSync(path.join(repo, dir))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(dir, name));
}

function compile() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

test("the schema is valid draft 2020-12 under ajv's strict mode", () => {
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.doesNotThrow(compile);
});

test("every sample card and valid fixture passes the schema", () => {
  const validate = compile();
  const files = [...jsonFiles("www/examples"), ...jsonFiles("tests/fixtures/valid")];
  assert.ok(files.length >= 5, files.join(", "));
  for (const file of files) {
    const card = JSON.parse(readFileSync(path.join(repo, file), "utf8"));
    assert.ok(validate(card), `${file}: ${JSON.stringify(validate.errors, null, 1)}`);
  }
});

test("every invalid fixture that is JSON fails the schema", () => {
  const validate = compile();
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
  const validate = compile();
  const card = { schemaVersion: 1, medication: { name: "Example" } };
  assert.ok(validate(card));
  assert.equal(validate({ ...card, schemaVersion: 2 }), false);
  assert.equal(validate({ schemaVersion: 1, medication: {} }), false);
});
