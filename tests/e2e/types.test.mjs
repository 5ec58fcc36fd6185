// The TypeScript types of the npm package (src/web/npm/index.d.ts) against the JSON Schema generated
// from the Rust model (schema/medcard.schema.json). The card types are made from the schema by
// scripts/card-types.mjs: the file must hold what it makes now. Read back from the TypeScript,
// independently of that script: every object type has an interface of the same name (the root is
// MedicationCard) with the same property names, the same required ones, the same element types
// and nullability; every enum has a union of the same strings.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { TYPES_FILE, cardTypes, region } from "../../scripts/card-types.mjs";
import { repo } from "../support/site.mjs";

const schema = JSON.parse(readFileSync(path.join(repo, "schema/medcard.schema.json"), "utf8"));
const typesText = readFileSync(path.join(repo, TYPES_FILE), "utf8");
const declarations = typesText.replace(/\/\*\*[\s\S]*?\*\/|\/\/.*$/gm, "");

// The TypeScript name of a schema type.
const ROOT = "MedicationCard";
const tsName = (name) => ({ Date: "CardDate" })[name] ?? name;

// interface name → { property → { optional, type } }
const interfaces = Object.fromEntries(
  [...declarations.matchAll(/export interface (\w+)(?: extends [\w, ]+)? \{([^}]*)\}/g)].map(([, name, body]) => [
    name,
    Object.fromEntries(
      [...body.matchAll(/^\s*(?:readonly )?(\w+)(\?)?: ([^;]+);/gm)].map(([, property, optional, type]) => [
        property,
        { optional: Boolean(optional), type: type.replace(/\s+/g, " ").trim() },
      ]),
    ),
  ]),
);
// type alias name → its definition
const aliases = Object.fromEntries(
  [...declarations.matchAll(/export type (\w+) =([^;]+);/g)].map(([, name, body]) => [name, body.replace(/\s+/g, " ").trim()]),
);

const refName = (ref) => ref.replace("#/$defs/", "");

// The TypeScript type a schema property must have, e.g. `Use[] | null`, `CardDate`, `1`.
function expectedType(property) {
  if (property.const !== undefined) return JSON.stringify(property.const);
  if (property.$ref) return tsName(refName(property.$ref));
  const alternatives = property.anyOf ?? property.oneOf;
  if (alternatives) {
    // A nullable reference (`X | null`); a blank-string branch is covered by the `string` alias.
    const refs = alternatives.filter((branch) => branch.$ref).map((branch) => tsName(refName(branch.$ref)));
    const nullable = alternatives.some((branch) => branch.type === "null");
    return [...refs, ...(nullable ? ["null"] : [])].join(" | ");
  }
  const types = [property.type].flat();
  const base = types.find((type) => type !== "null");
  const element = base === "array" ? `${expectedType(property.items)}[]` : base;
  return types.includes("null") ? `${element} | null` : element;
}

const objectTypes = [
  [ROOT, schema],
  ...Object.entries(schema.$defs).filter(([, definition]) => definition.type === "object"),
];

test("index.d.ts's card types are what scripts/card-types.mjs makes from the schema", () => {
  assert.equal(region(typesText), cardTypes(schema), "run `node scripts/card-types.mjs`");
});

test("every object type in the schema has an interface with the same properties and types", () => {
  for (const [name, definition] of objectTypes) {
    const declared = interfaces[tsName(name)];
    assert.ok(declared, `index.d.ts has no interface ${tsName(name)}`);
    assert.deepEqual(Object.keys(declared).sort(), Object.keys(definition.properties).sort(), `${name}: property names`);
    const required = Object.keys(declared).filter((property) => !declared[property].optional);
    assert.deepEqual(required.sort(), [...(definition.required ?? [])].sort(), `${name}: required properties`);
    for (const [property, spec] of Object.entries(definition.properties)) {
      assert.equal(declared[property].type, expectedType(spec), `${name}.${property}`);
    }
  }
});

test("every enum in the schema is a union of the same strings; every other $def has a type", () => {
  for (const [name, definition] of Object.entries(schema.$defs)) {
    if (definition.type === "object") continue;
    const alias = aliases[tsName(name)];
    assert.ok(alias, `index.d.ts has no type ${tsName(name)}`);
    if (definition.enum) {
      const members = alias.replace(/^\|/, "").split("|").map((member) => JSON.parse(member.trim()));
      assert.deepEqual(members, definition.enum, name);
    } else {
      assert.equal(alias, definition.type, name);
    }
  }
});

test("the element and its events are declared", () => {
  assert.match(declarations, /interface HTMLElementTagNameMap \{\s*"med-card": MedCardElement;/);
  assert.match(declarations, /interface HTMLElementEventMap extends MedCardEventMap/);
  // (Each event's detail type: tests/e2e/element-api.test.mjs.)
  assert.equal(interfaces.MedCardElement.data.type, `${ROOT} | string | null | undefined`);
});
