#!/usr/bin/env node
// Where a bench page's main-thread time goes: loads target/bench/<page> (built by `make bench`)
// under Chromium's sampling profiler, `--runs` times, and prints the functions with the most
// self time (median over runs), grouped as wasm (by function index or name), JavaScript (by
// name and file) and the browser's own work (GC, parsing, layout show as "(program)" and
// friends). Not a test; for docs/performance.md.
//
//   node scripts/profile.mjs [--page medcard-100.html] [--runs 3] [--top 25] [--cpu 1]

import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../tests/e2e/browser.mjs";
import { startServer } from "./serve.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const PAGE = option("--page", "medcard-100.html");
const RUNS = Number(option("--runs", 3));
const TOP = Number(option("--top", 25));
const CPU = Number(option("--cpu", 1));
const cards = Number(PAGE.match(/-(\d+)\.html$/)?.[1] ?? 1);

const server = await startServer({ root: path.join(repo, "target/bench") });
const browser = await launch();
const runs = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    if (CPU > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU });
    await cdp.send("Profiler.start");
    await page.goto(`${server.url}${PAGE}`);
    await page.waitForFunction((n) => window.__bench?.ready >= n, cards, { timeout: 60_000, polling: 10 });
    const { profile } = await cdp.send("Profiler.stop");
    const ready = await page.evaluate((n) => __bench.times[n - 1], cards);
    await context.close();
    // Self time per node, from the sample intervals.
    const self = new Map();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const { functionName, url } = node.callFrame;
      const where = url ? (url.endsWith(".wasm") || url.startsWith("wasm://") ? "wasm" : path.basename(url)) : "";
      const key = `${functionName || "(anonymous)"}${where ? ` [${where}]` : ""}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    runs.push({ ready, self });
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const keys = new Set(runs.flatMap((run) => [...run.self.keys()]));
const rows = [...keys]
  .map((key) => [key, median(runs.map((run) => run.self.get(key) ?? 0))])
  .sort((a, b) => b[1] - a[1]);
const groups = {};
for (const [key, ms] of rows) {
  const group = key.includes("[wasm]") ? "wasm" : key.startsWith("(") ? key.split(" ")[0] : "JavaScript";
  groups[group] = (groups[group] ?? 0) + ms;
}
console.log(`${PAGE}, ${RUNS} runs, CPU ${CPU}×: last card ready at ${median(runs.map((r) => r.ready)).toFixed(0)} ms (median)`);
console.log("\nself time by kind (ms, median per function summed):");
for (const [group, ms] of Object.entries(groups).sort((a, b) => b[1] - a[1])) console.log(`  ${group.padEnd(24)} ${ms.toFixed(1)}`);
console.log(`\ntop ${TOP} functions by self time (ms):`);
for (const [key, ms] of rows.slice(0, TOP)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${key}`);
