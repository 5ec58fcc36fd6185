#!/usr/bin/env node
// Writes DIR/integrity.json: the Subresource Integrity hash (sha384, base64) of every file in
// DIR, keyed by its path relative to DIR, for <script integrity> and <link rel="modulepreload">.
//   node scripts/integrity.mjs dist
// With --pin, writes instead the hashes of the files the script-tag entry loads into
// DIR/medcard.js (its `const PINS = {}; // medcard:pins` line), before it is minified: the one
// integrity on the entry's script tag then pins every byte (docs/security.md, "Pinning").
//   node scripts/integrity.mjs --pin dist
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const OUTPUT = "integrity.json";
/** The files medcard.js loads, each checked against the hash written into it; and every words file, words/<lang>.json. */
export const PINNED_BY_ENTRY = ["medcard-runtime.js", "medcard-unsupported.js", "medcard_wasm_bg.wasm"];
const PINS_LINE = "const PINS = {}; // medcard:pins";

/** `sha384-…` of the bytes, as the `integrity` attribute expects. */
export function sriHash(bytes) {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

/** { "medcard.js": "sha384-…", … } for every file under dir (but integrity.json), sorted. */
export function integrityOf(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file !== OUTPUT)
    .sort();
  return Object.fromEntries(files.map((file) => [file, sriHash(readFileSync(path.join(dir, file)))]));
}

/** Writes the hashes of PINNED_BY_ENTRY and of the words files into dir/medcard.js (the unminified entry). */
export function pinEntry(dir) {
  const entry = path.join(dir, "medcard.js");
  const source = readFileSync(entry, "utf8");
  if (source.split(PINS_LINE).length !== 2) throw new Error(`${entry}: expected one line \`${PINS_LINE}\``);
  const words = Object.keys(integrityOf(dir)).filter((file) => /^words\/[a-z]+\.json$/.test(file));
  const pinned = [...PINNED_BY_ENTRY, ...words];
  const pins = Object.fromEntries(pinned.map((file) => [file, sriHash(readFileSync(path.join(dir, file)))]));
  writeFileSync(entry, source.replace(PINS_LINE, `const PINS = ${JSON.stringify(pins)};`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pin = process.argv[2] === "--pin";
  const dir = process.argv[pin ? 3 : 2];
  if (!dir) throw new Error("usage: node scripts/integrity.mjs [--pin] DIR");
  if (pin) pinEntry(dir);
  else writeFileSync(path.join(dir, OUTPUT), `${JSON.stringify(integrityOf(dir), null, 2)}\n`);
}
