#!/usr/bin/env node
// A/B of two builds of dist/ (e.g. before and after one change), in headless Chromium on
// 127.0.0.1, runs alternating so that load from other jobs falls on both alike. Not a test.
//
//   node scripts/ab.mjs A_DIST B_DIST [--runs 20] [--runs-100 8] [--memory-runs 3] [--mobile-runs 0]
//
// Prints, for each build, the median (and minimum) first card, 100 cards, and memory per extra
// card; with
// --mobile-runs N, also the first card of the one-card article page under bench.mjs's mobile
// profile (CPU 4× slower, slow network, files served with brotli).

import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../tests/e2e/browser.mjs";
import { startServer } from "./serve.mjs";
import { measureDist } from "./size-budget.mjs";
import { PAGE_PROBE, articlePage, benchPage, inlineCard, loadTime, median, memoryPerCard, mobileLoad } from "./bench.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [a, b] = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith("--") && !all[i - 1]?.startsWith("--"));
if (!a || !b) {
  console.error("usage: node scripts/ab.mjs A_DIST B_DIST [--runs N] [--runs-100 N] [--memory-runs N]");
  process.exit(2);
}
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = arg("--runs", 20);
const RUNS_100 = arg("--runs-100", 8);
const MEMORY_RUNS = arg("--memory-runs", 3);
const MOBILE_RUNS = arg("--mobile-runs", 0);

// One site per build: target/ab/A and target/ab/B, each with dist/ and the bench pages.
const root = path.join(repo, "target", "ab-site");
rmSync(root, { recursive: true, force: true });
const json = readFileSync(path.join(repo, "www/examples/mirtazapine.json"), "utf8");
for (const [name, dist] of [["A", a], ["B", b]]) {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  cpSync(path.resolve(dist), path.join(dir, "dist"), { recursive: true });
  writeFileSync(path.join(dir, "probe.js"), PAGE_PROBE);
  cpSync(path.join(repo, "www/favicon.svg"), path.join(dir, "favicon.svg"));
  writeFileSync(path.join(dir, "medcard-1.html"), benchPage("medcard", 1, json));
  writeFileSync(path.join(dir, "medcard-100.html"), benchPage("medcard", 100, json));
  writeFileSync(path.join(dir, "article-medcard.html"), articlePage("medcard", inlineCard("med-card", json), "dist/medcard.js"));
}

const server = await startServer({ root });
const compressedServer = await startServer({ root, compress: true });
const browser = await launch();
const builds = ["A", "B"];
const results = Object.fromEntries(builds.map((name) => [name, { first: [], hundred: [], memory: [], mobile: [] }]));
try {
  for (let run = 0; run < Math.max(RUNS, RUNS_100, MEMORY_RUNS, MOBILE_RUNS); run++) {
    const order = run % 2 ? ["B", "A"] : ["A", "B"];
    for (const name of order) {
      const base = `${server.url}${name}/`;
      if (run < RUNS) results[name].first.push((await loadTime(browser, base, "medcard", 1)).ms);
      if (run < RUNS_100) results[name].hundred.push((await loadTime(browser, base, "medcard", 100)).ms);
      if (run < MEMORY_RUNS) results[name].memory.push(await memoryPerCard(browser, base, "medcard"));
      if (run < MOBILE_RUNS) {
        results[name].mobile.push((await mobileLoad(browser, `${compressedServer.url}${name}/article-medcard.html`, false)).shown);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  await compressedServer.close();
}
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log("| build | brotli | first card (min) | 100 cards (min) | wasm / card | heap / card | renderer / card | nodes / card | mobile first card |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const name of builds) {
  const r = results[name];
  const mem = (key) => median(r.memory.map((m) => m[key]));
  const size = measureDist(path.join(root, name, "dist")).brotli;
  console.log(
    `| ${name} ${name === "A" ? a : b} | ${size} | ${median(r.first).toFixed(1)} ms (${Math.min(...r.first).toFixed(1)}) | ` +
      `${median(r.hundred).toFixed(1)} ms (${Math.min(...r.hundred).toFixed(1)}) | ` +
      `${kb(mem("wasm"))} | ${kb(mem("heap"))} | ${kb(mem("process"))} | ${Math.round(mem("nodes"))} | ` +
      `${r.mobile.length ? `${median(r.mobile).toFixed(1)} ms` : "—"} |`,
  );
}
console.log(`(${RUNS} first-card runs, ${RUNS_100} 100-card runs, ${MEMORY_RUNS} memory runs, ${MOBILE_RUNS} mobile runs, alternating)`);
