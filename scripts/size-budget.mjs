#!/usr/bin/env node
// Size budget for dist/: everything a page fetches to show a card (entry script, wasm-bindgen
// runtime module (loader, element, wasm-bindgen glue), wasm; the CSS is inside the wasm). Prints a table and fails when the brotli
// total is over BUDGET_BROTLI_BYTES. Bytes are deterministic, so this is a safe test.
// Lower the budget whenever a change wins bytes; the goal (issue 12) is 90 KiB.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

// Keep a little headroom: an edit that only moves lines changes the wasm's size (panic locations
// carry line numbers). The budget's history and the headroom's measurement: docs/performance.md,
// "The size budget".
export const BUDGET_BROTLI_BYTES = 119_600;
export const GOAL_BROTLI_BYTES = 92_160; // 90 KiB

/// Brotli at maximum quality, the same setting as `brotli -q 11`.
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

function filesUnder(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

// Not fetched to show a card: the plain message for a browser that cannot run it, and the
// checking module and wasm for authors (the playground, the npm `validate`).
const NOT_FETCHED_BY_CARDS = ["medcard-unsupported.js", "medcard-authoring.js", "medcard_authoring_bg.wasm"];

/// Every fetched file of a dist folder with its raw and brotli size, plus the totals.
export function measureDist(dist = "dist") {
  const files = filesUnder(dist)
    .filter((path) => /\.(js|mjs|wasm|css)$/.test(path))
    .filter((path) => !NOT_FETCHED_BY_CARDS.includes(relative(dist, path)))
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(dist, path), raw: bytes.length, brotli: brotliSize(bytes) };
    });
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  return { files, raw: sum("raw"), brotli: sum("brotli") };
}

function main() {
  const dist = process.argv[2] ?? "dist";
  const { files, raw, brotli } = measureDist(dist);
  if (files.length === 0) {
    console.error(`size budget: no files in ${dist}/ (run make dist first)`);
    process.exit(1);
  }
  const row = (name, a, b) => console.log(`${name.padEnd(52)} ${String(a).padStart(9)} ${String(b).padStart(9)}`);
  row(`${dist}/ (bytes)`, "raw", "brotli");
  for (const file of files) row(file.file, file.raw, file.brotli);
  row("total", raw, brotli);
  const kb = (n) => (n / 1000).toFixed(1);
  console.log(
    `budget ${BUDGET_BROTLI_BYTES} B brotli (${kb(BUDGET_BROTLI_BYTES)} KB); goal ${kb(GOAL_BROTLI_BYTES)} KB; ` +
      `now ${kb(brotli)} KB`,
  );
  if (brotli > BUDGET_BROTLI_BYTES) {
    console.error(
      `size budget exceeded: ${brotli} B brotli > ${BUDGET_BROTLI_BYTES} B (over by ${brotli - BUDGET_BROTLI_BYTES} B)`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
