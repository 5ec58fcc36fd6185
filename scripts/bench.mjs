#!/usr/bin/env node
// `make bench`: <med-card> from dist/ against the vanilla-JS reference card in bench/, in headless
// Chromium, on pages served from 127.0.0.1. Prints one table (and writes it to
// target/bench/results.md). Not a test: it measures, it asserts nothing.
//
//   node scripts/bench.mjs [--runs 15] [--runs-100 5] [--memory-runs 3] [--mobile-runs 7]
//
// The mobile profile loads a one-card article page with the CPU slowed 4× and the network shaped
// to a slow phone connection (MOBILE below), for medcard, the reference and the same card
// server-rendered by `medcard render` (with medcard.js adopting it in place).
//
// Every page load uses a fresh browser context (empty HTTP cache, so the wasm is fetched and
// compiled each time), and medcard and reference alternate within one run.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../tests/e2e/browser.mjs";
import { STRICT_CSP, startServer } from "./serve.mjs";
import { brotliSize, measureDist } from "./size-budget.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(repo, "target", "bench");
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = arg("--runs", 15);
const RUNS_100 = arg("--runs-100", 5);
const EXTRA_CARDS = 100;
const MEMORY_RUNS = arg("--memory-runs", 3);
const MOBILE_RUNS = arg("--mobile-runs", 7);
/** The mobile profile: Chrome DevTools Protocol throttling, a phone-wide viewport, no cache. */
export const MOBILE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSecond: 1_600_000 / 8,
  uploadBytesPerSecond: 750_000 / 8,
  viewport: { width: 390, height: 844 },
};
const KINDS = {
  medcard: { tag: "med-card", script: "dist/medcard.js" },
  reference: { tag: "ref-card", script: "reference/reference-card.js" },
};

// Recorded by every bench page before any card script runs (probe.js, a classic script).
export const PAGE_PROBE = `
window.__bench = { ready: 0, times: [], cls: 0 };
document.addEventListener("medcard-ready", () => {
  __bench.ready += 1;
  __bench.times.push(performance.now());
});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) __bench.cls += entry.value;
}).observe({ type: "layout-shift", buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) __bench.lcp = entry.startTime;
}).observe({ type: "largest-contentful-paint", buffered: true });
`;

/** `<tag>` holding `json` inline, escaped the way build-site.mjs does it. */
export const inlineCard = (tag, json) =>
  `<${tag}><script type="application/json">${json.replaceAll("<", "\\u003c")}</script></${tag}>`;

/** A bench page: the probe, any `head` hints, the card script, and `body`. */
function page(title, script, body, head = "") {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="favicon.svg">
<title>${title}</title>
<script src="probe.js"></script>${head ? `\n${head}` : ""}
<script type="module" src="${script}"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A page with `count` cards of the sample data between two paragraphs (so growth shows as shift). */
export function benchPage(kind, count, json) {
  const { tag, script } = KINDS[kind];
  const plural = count > 1 ? "s" : "";
  return page(
    `${kind} × ${count}`,
    script,
    `<h1>Mirtazapine</h1>
<p>Text above the card${plural}.</p>
${inlineCard(tag, json).repeat(count)}
<p id="after">Text below the card${plural}: a card that grows pushes it down.</p>`,
  );
}

const ARTICLE_TEXT = `<p>Mirtazapine is a prescription antidepressant. This page is a stand-in for a health
site's article: a heading, two short paragraphs and one medicine card.</p>
<p>The card below holds the medicine's uses, warnings, dosage, side effects and sources.</p>`;

/** The `<link>` hints of README "Faster first card", for a `dist/` at `base`. */
export function preloadHints(base) {
  return [
    `<link rel="preload" href="${base}medcard_wasm_bg.wasm" as="fetch" crossorigin="anonymous">`,
    `<link rel="modulepreload" href="${base}medcard-runtime.js">`,
  ].join("\n");
}

/** A one-card article page for the mobile profile: the card is `cardHtml` (element or static). */
export function articlePage(title, cardHtml, script, head = "") {
  return page(
    title,
    script,
    `<main>
<h1>Mirtazapine</h1>
${ARTICLE_TEXT}
${cardHtml}
<p id="after">Text below the card.</p>
</main>`,
    head,
  );
}

/** The card as `medcard render` prints it (declarative shadow root, data inline, JSON-LD). */
function serverRenderedCard(jsonPath) {
  return execFileSync("cargo", ["run", "--quiet", "--features", "cli", "--", "render", jsonPath], {
    cwd: repo,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** Writes target/bench/: dist/, the reference card with the widget's stylesheet, and the pages. */
export function buildBenchSite(dir = out) {
  const json = readFileSync(path.join(repo, "www/examples/mirtazapine.json"), "utf8");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "reference"), { recursive: true });
  cpSync(path.join(repo, "dist"), path.join(dir, "dist"), { recursive: true });
  cpSync(path.join(repo, "bench/reference-card.js"), path.join(dir, "reference/reference-card.js"));
  cpSync(path.join(repo, "src/style.css"), path.join(dir, "reference/style.css"));
  // A file, not an inline script: bench pages are served under the strict CSP too.
  writeFileSync(path.join(dir, "probe.js"), PAGE_PROBE);
  cpSync(path.join(repo, "www/favicon.svg"), path.join(dir, "favicon.svg"));
  for (const kind of Object.keys(KINDS)) {
    writeFileSync(path.join(dir, `${kind}-1.html`), benchPage(kind, 1, json));
    writeFileSync(path.join(dir, `${kind}-100.html`), benchPage(kind, 100, json));
  }
  const inline = (tag) => inlineCard(tag, json);
  writeFileSync(path.join(dir, "article-medcard.html"), articlePage("medcard", inline("med-card"), KINDS.medcard.script));
  writeFileSync(path.join(dir, "article-reference.html"), articlePage("reference", inline("ref-card"), KINDS.reference.script));
  // The same page with the hints README "Faster first card" suggests to hosts: the browser
  // fetches the wasm and the runtime module while it parses the page, not after medcard.js has run.
  writeFileSync(
    path.join(dir, "article-medcard-hints.html"),
    articlePage("medcard with hints", inline("med-card"), KINDS.medcard.script, preloadHints("dist/")),
  );
  const rendered = serverRenderedCard("www/examples/mirtazapine.json");
  writeFileSync(path.join(dir, "article-server-rendered.html"), articlePage("server-rendered", rendered, KINDS.medcard.script));
  return dir;
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function withPage(browser, url, action) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(url);
    const result = await action(page);
    if (errors.length) throw new Error(`${url}: ${errors.join("; ")}`);
    return result;
  } finally {
    await context.close();
  }
}

const waitForCards = (page, count) =>
  page.waitForFunction((n) => window.__bench.ready >= n, count, { timeout: 60_000, polling: 10 });

// Two frames after the last card, so any shift it caused has been reported.
const settle = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Navigation start → ready event of the `count`-th card, and the layout shift by then. */
export async function loadTime(browser, base, kind, count) {
  return withPage(browser, `${base}${kind}-${count}.html`, async (page) => {
    await waitForCards(page, count);
    await settle(page);
    return page.evaluate((n) => ({ ms: __bench.times[n - 1], cls: __bench.cls }), count);
  });
}

/** One load of an article page under the mobile profile: when the card was first shown (its
 *  ready event; for the server-rendered card, first contentful paint, since it is in the HTML),
 *  the ready event, and LCP. */
export async function mobileLoad(browser, url, serverRendered) {
  const context = await browser.newContext({ viewport: MOBILE.viewport });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: MOBILE.latencyMs,
      downloadThroughput: MOBILE.downloadBytesPerSecond,
      uploadThroughput: MOBILE.uploadBytesPerSecond,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE.cpuSlowdown });
    await page.goto(url);
    await waitForCards(page, 1);
    await settle(page);
    await page.waitForTimeout(200);
    const probe = await page.evaluate(() => ({
      ready: __bench.times[0],
      lcp: __bench.lcp ?? NaN,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      // A server-rendered card adopted in place keeps its own <style> first (no swap).
      swapped: document.querySelector("med-card")?.shadowRoot?.firstElementChild?.localName !== "style",
    }));
    return { ...probe, shown: serverRendered ? probe.fcp : probe.ready };
  } finally {
    await context.close();
  }
}

/** Private bytes (clean + dirty) of a process, from /proc (Linux); 0 where that is unreadable. */
function privateBytes(pid) {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const field = (name) => Number(rollup.match(new RegExp(`^${name}:\\s+(\\d+) kB`, "m"))?.[1] ?? 0);
    return (field("Private_Clean") + field("Private_Dirty")) * 1024;
  } catch {
    return 0;
  }
}

/** Private bytes of every renderer process: the page's own (DOM, style, layout, V8, wasm) and
 *  idle ones, which cancel out in a difference. */
export async function rendererBytes(browser) {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send("SystemInfo.getProcessInfo");
    return processInfo
      .filter((process) => process.type === "renderer")
      .reduce((sum, process) => sum + privateBytes(process.id), 0);
  } finally {
    await session.detach();
  }
}

/** Memory after GC with 1 card and with 1 + EXTRA_CARDS cards: JS heap, wasm linear memory and
 *  the whole renderer process (what the browser itself spends on each card's DOM included). */
export async function memoryPerCard(browser, base, kind) {
  return withPage(browser, `${base}${kind}-1.html`, async (page) => {
    await waitForCards(page, 1);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const measure = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      const { metrics } = await cdp.send("Performance.getMetrics");
      const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
      const wasm = await page.evaluate(async () => {
        if (!document.querySelector("med-card")) return 0;
        const runtime = await import(new URL("dist/medcard-runtime.js", document.baseURI).href);
        return (await runtime.load()).memory.buffer.byteLength;
      });
      // Let freed memory settle before reading the process.
      await page.waitForTimeout(300);
      const process = await rendererBytes(browser);
      return { heap: metric("JSHeapUsedSize"), wasm, nodes: metric("Nodes"), process };
    };
    const one = await measure();
    await page.evaluate((extra) => {
      const first = document.querySelector("med-card, ref-card");
      for (let i = 0; i < extra; i++) first.after(first.cloneNode(true));
    }, EXTRA_CARDS);
    await waitForCards(page, 1 + EXTRA_CARDS);
    await settle(page);
    const many = await measure();
    return {
      heap: (many.heap - one.heap) / EXTRA_CARDS,
      wasm: (many.wasm - one.wasm) / EXTRA_CARDS,
      nodes: (many.nodes - one.nodes) / EXTRA_CARDS,
      process: (many.process - one.process) / EXTRA_CARDS,
    };
  });
}

/** Click the side-effects toggle; time to the next animation frame, checking it was updated. */
async function toggleTimes(browser, base, kind, clicks = 20) {
  return withPage(browser, `${base}${kind}-1.html`, async (page) => {
    await waitForCards(page, 1);
    return page.evaluate(async (n) => {
      const root = document.querySelector("med-card, ref-card").shadowRoot;
      const times = [];
      let late = 0;
      // medcard: the side effects' <summary> opens its <details>; the reference keeps a button
      // with aria-expanded and a hidden panel.
      const details = () => root.querySelector("details[data-section=sideEffects]");
      const isOpen = () => {
        if (details()) return details().open;
        const button = root.querySelector("button.medcard__toggle");
        return button.getAttribute("aria-expanded") === "true" && !root.querySelector(".medcard__panel").hidden;
      };
      for (let i = 0; i < n; i++) {
        const toggle = details()?.querySelector(":scope > summary") ?? root.querySelector("button.medcard__toggle");
        const wanted = !isOpen();
        const start = performance.now();
        toggle.click();
        await new Promise((done) => requestAnimationFrame(done));
        const updated = isOpen() === wanted;
        if (!updated) late += 1;
        times.push(performance.now() - start);
        await new Promise((done) => setTimeout(done, 20));
      }
      return { times, late };
    }, clicks);
  });
}

/** CLS of the demo page (target/site), once every card on it has rendered or failed. */
async function demoLayoutShift(browser) {
  const server = await startServer({ root: path.join(repo, "target/site") });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(PAGE_PROBE);
    await page.goto(server.url);
    await page.waitForFunction(
      () => [...document.querySelectorAll("med-card")].every((card) =>
        card.shadowRoot?.querySelector(".medcard__card, [role=alert]")),
      null,
      { timeout: 30_000, polling: 10 },
    );
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => __bench.cls);
    await context.close();
    return cls;
  } finally {
    await server.close();
  }
}

function referenceSize(dir) {
  const files = ["reference/reference-card.js", "reference/style.css"].map((file) =>
    readFileSync(path.join(dir, file)),
  );
  return {
    raw: files.reduce((sum, bytes) => sum + bytes.length, 0),
    brotli: files.reduce((sum, bytes) => sum + brotliSize(bytes), 0),
  };
}

const fmt = {
  kb: (bytes) => `${(bytes / 1000).toFixed(1)} kB`,
  ms: (ms) => `${ms.toFixed(1)} ms`,
  cls: (value) => value.toFixed(3),
  int: (value) => String(Math.round(value)),
};

function table(rows) {
  const header = ["metric", "medcard", "reference", "ratio", "target"];
  const lines = [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  return lines.join("\n");
}

function row(metric, medcard, reference, format, target = "") {
  const ratio = reference > 0 ? `${(medcard / reference).toFixed(2)}×` : "—";
  return [metric, format(medcard), format(reference), ratio, target];
}

async function main() {
  const started = Date.now();
  const dir = buildBenchSite();
  const server = await startServer({ root: dir });
  const browser = await launch();
  try {
    const first = { medcard: [], reference: [] };
    const shift = { medcard: [], reference: [] };
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 ? ["reference", "medcard"] : ["medcard", "reference"];
      for (const kind of order) {
        const { ms, cls } = await loadTime(browser, server.url, kind, 1);
        first[kind].push(ms);
        shift[kind].push(cls);
      }
    }
    const hundred = { medcard: [], reference: [] };
    for (let run = 0; run < RUNS_100; run++) {
      const order = run % 2 ? ["reference", "medcard"] : ["medcard", "reference"];
      for (const kind of order) hundred[kind].push((await loadTime(browser, server.url, kind, 100)).ms);
    }
    // Memory alternates too; each figure is the median of MEMORY_RUNS pages.
    const memoryRuns = { medcard: [], reference: [] };
    for (let run = 0; run < MEMORY_RUNS; run++) {
      const order = run % 2 ? ["reference", "medcard"] : ["medcard", "reference"];
      for (const kind of order) memoryRuns[kind].push(await memoryPerCard(browser, server.url, kind));
    }
    const memory = {};
    const toggle = {};
    for (const kind of Object.keys(KINDS)) {
      const runs = memoryRuns[kind];
      memory[kind] = Object.fromEntries(
        Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]),
      );
      toggle[kind] = await toggleTimes(browser, server.url, kind);
    }
    // Served compressed, as a real host would: on a slow link the bytes are most of the wait.
    // The CSP a host sets for server-rendered cards (README, "Command-line tool"): the strict one
    // plus the hash of the card's <style>. Without it the server-rendered card paints unstyled.
    const serverRendered = readFileSync(path.join(dir, "article-server-rendered.html"), "utf8");
    const style = serverRendered.slice(serverRendered.indexOf("<style>") + 7, serverRendered.indexOf("</style>"));
    const csp = STRICT_CSP.replace("style-src 'self'", `style-src 'self' 'sha256-${createHash("sha256").update(style).digest("base64")}'`);
    const compressedServer = await startServer({ root: dir, compress: true, csp });
    const mobileKinds = ["medcard", "reference", "server-rendered", "medcard-hints"];
    const mobile = Object.fromEntries(mobileKinds.map((kind) => [kind, []]));
    for (let run = 0; run < MOBILE_RUNS; run++) {
      const order = run % 2 ? [...mobileKinds].reverse() : mobileKinds;
      for (const kind of order) {
        mobile[kind].push(await mobileLoad(browser, `${compressedServer.url}article-${kind}.html`, kind === "server-rendered"));
      }
    }
    await compressedServer.close();
    const mobileMedian = (kind, key) => median(mobile[kind].map((load) => load[key]));
    const demoCls = await demoLayoutShift(browser);
    const size = { medcard: measureDist(path.join(dir, "dist")), reference: referenceSize(dir) };
    const perCard = (kind) => memory[kind].heap + memory[kind].wasm;

    const rows = [
      row("transfer size, raw", size.medcard.raw, size.reference.raw, fmt.kb),
      row("transfer size, brotli", size.medcard.brotli, size.reference.brotli, fmt.kb, "≤ 90 KiB"),
      row(`first card, median of ${RUNS}`, median(first.medcard), median(first.reference), fmt.ms, "≤ 1.5×"),
      row(`100 cards, median of ${RUNS_100}`, median(hundred.medcard), median(hundred.reference), fmt.ms, "≤ 2×"),
      row(`memory per extra card, renderer process (median of ${MEMORY_RUNS})`, memory.medcard.process, memory.reference.process, fmt.kb, "≤ 1.2×"),
      row("memory per extra card (JS heap + wasm)", perCard("medcard"), perCard("reference"), fmt.kb),
      row("  of which wasm linear memory", memory.medcard.wasm, memory.reference.wasm, fmt.kb, "≤ 64 KiB"),
      row("DOM nodes per extra card", memory.medcard.nodes, memory.reference.nodes, fmt.int),
      row("layout shift, 1-card page (median)", median(shift.medcard), median(shift.reference), fmt.cls, "≈ 0"),
      ["layout shift, demo page", fmt.cls(demoCls), "—", "—", "≈ 0"],
      row("toggle → next frame, median of 20", median(toggle.medcard.times), median(toggle.reference.times), fmt.ms, "1 frame"),
      ["toggles not updated by the next frame", String(toggle.medcard.late), String(toggle.reference.late), "—", "0"],
    ];
    const mobileTable = [
      `Mobile profile (CPU ${MOBILE.cpuSlowdown}× slower, ${MOBILE.downloadBytesPerSecond * 8 / 1e6} Mbit/s down, ` +
        `${MOBILE.uploadBytesPerSecond * 8 / 1e3} kbit/s up, ${MOBILE.latencyMs} ms latency, ${MOBILE.viewport.width} px, no cache, ` +
        "files served with brotli), " +
        `one-card article page, median of ${MOBILE_RUNS}:`,
      "",
      table([
        row("card shown (ready event; server-rendered: first paint)", mobileMedian("medcard", "shown"), mobileMedian("reference", "shown"), fmt.ms, "≤ 1.5×"),
        row("largest contentful paint", mobileMedian("medcard", "lcp"), mobileMedian("reference", "lcp"), fmt.ms),
        row("with the README's preload hints: card shown", mobileMedian("medcard-hints", "shown"), mobileMedian("reference", "shown"), fmt.ms, "≤ 1.5×"),
        row("server-rendered card: shown (first paint)", mobileMedian("server-rendered", "shown"), mobileMedian("reference", "shown"), fmt.ms),
        row("server-rendered card: LCP", mobileMedian("server-rendered", "lcp"), mobileMedian("reference", "lcp"), fmt.ms, "≤ 0.8×"),
        row("server-rendered card: adopted (ready event)", mobileMedian("server-rendered", "ready"), mobileMedian("reference", "ready"), fmt.ms),
        ["server-rendered card: loads that swapped it", String(mobile["server-rendered"].filter((load) => load.swapped).length), "—", "—", "0"],
      ]),
    ].join("\n");
    const cpu = os.cpus();
    const machine =
      `${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `${os.type()} ${os.release()}, Chromium ${browser.version()} (headless), node ${process.version}`;
    const report = `${table(rows)}\n\n${mobileTable}\n\nMachine: ${machine}. Took ${((Date.now() - started) / 1000).toFixed(0)} s.\n`;
    console.log(report);
    writeFileSync(path.join(out, "results.md"), report);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
