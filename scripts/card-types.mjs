#!/usr/bin/env node
// The card data's TypeScript types in src/web/npm/index.d.ts, made from the JSON Schema that the Rust
// model generates (schema/medcard.schema.json, `medcard schema`): one interface per object type
// (the root is MedicationCard), one union per enum, with the schema's descriptions as their doc
// comments. They fill the region between the BEGIN and END lines; the rest of the file is
// hand-written.
//   node scripts/card-types.mjs   rewrites the region from the schema
// tests/e2e/types.test.mjs fails when the region is not what this makes.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const TYPES_FILE = "src/web/npm/index.d.ts";
export const BEGIN = "// BEGIN card types: made by scripts/card-types.mjs from schema/medcard.schema.json";
export const END = "// END card types";

/** The TypeScript name of a schema type: the root is MedicationCard, and Date is CardDate. */
const tsName = (name) => ({ "": "MedicationCard", Date: "CardDate" })[name] ?? name;
const refName = (ref) => tsName(ref.replace("#/$defs/", ""));

/** A property's type, e.g. `Use[] | null`, `CardDate`, `1`. */
function typeOf(property) {
  if (property.const !== undefined) return JSON.stringify(property.const);
  if (property.$ref) return refName(property.$ref);
  if (property.anyOf) {
    // A nullable reference (`X | null`); an optional date's blank-text branch (`^\s*$`) adds
    // nothing to CardDate, which is a string already.
    const blank = (branch) => branch.type === "string" && branch.pattern === "^\\s*$";
    return property.anyOf
      .filter((branch) => !blank(branch))
      .map((branch) => (branch.$ref ? refName(branch.$ref) : branch.type))
      .join(" | ");
  }
  return [property.type]
    .flat()
    .map((type) => (type === "array" ? `${typeOf(property.items)}[]` : type))
    .join(" | ");
}

/** A doc comment at `indent`: one line when it fits in 100 columns, else one line a line. */
function doc(description, indent) {
  const lines = description.split("\n");
  const single = `${indent}/** ${lines[0]} */`;
  if (lines.length === 1 && single.length <= 100) return [single];
  return [`${indent}/**`, ...lines.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`];
}

function declaration(name, definition) {
  const head = doc(definition.description, "");
  if (definition.type === "object") {
    const required = new Set(definition.required ?? []);
    const body = Object.entries(definition.properties).flatMap(([property, spec]) => [
      ...doc(spec.description, "  "),
      `  ${property}${required.has(property) ? "" : "?"}: ${typeOf(spec)};`,
    ]);
    return [...head, `export interface ${tsName(name)} {`, ...body, "}"];
  }
  const members = definition.enum ? definition.enum.map((word) => JSON.stringify(word)) : [definition.type];
  const line = `export type ${tsName(name)} = ${members.join(" | ")};`;
  if (line.length <= 100) return [...head, line];
  return [...head, `export type ${tsName(name)} =`, ...members.map((member, i) => `  | ${member}${i === members.length - 1 ? ";" : ""}`)];
}

/** The region's text, BEGIN and END lines included. */
export function cardTypes(schema = JSON.parse(readFileSync(path.join(repo, "schema/medcard.schema.json"), "utf8"))) {
  const { $defs, ...root } = schema;
  const blocks = [["", root], ...Object.entries($defs)].map(([name, definition]) => declaration(name, definition).join("\n"));
  return [BEGIN, ...blocks.flatMap((block) => [block, ""]), END].join("\n");
}

/** The region as it is in `text` (index.d.ts), BEGIN and END lines included; undefined without one. */
export function region(text) {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END, start);
  return start < 0 || end < 0 ? undefined : text.slice(start, end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = path.join(repo, TYPES_FILE);
  const text = readFileSync(file, "utf8");
  const old = region(text);
  if (!old) throw new Error(`${TYPES_FILE}: no "${BEGIN}" … "${END}" region`);
  writeFileSync(file, text.replace(old, cardTypes()));
  console.log(`${TYPES_FILE}: card types written from the schema`);
}
