#!/usr/bin/env node
// Writes DIR/integrity.json: the Subresource Integrity hash (sha384, base64) of every file in
// DIR, keyed by its path relative to DIR, for <script integrity> and <link rel="modulepreload">.
//   node scripts/integrity.mjs dist
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const OUTPUT = "integrity.json";

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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: node scripts/integrity.mjs DIR");
  writeFileSync(path.join(dir, OUTPUT), `${JSON.stringify(integrityOf(dir), null, 2)}\n`);
}
