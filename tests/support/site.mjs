// The server the browser tests drive (the WebDriver ones in tests/engines/ and the Playwright ones in
// tests/e2e/ that need a test page): the built demo site (target/site, from `make site`) under the
// strict CSP with Trusted Types (scripts/serve.mjs), plus what WebDriver classic lacks:
//
//   - a probe: every HTML page gets <script src="/__engines/probe.js"> first in its <head> (an
//     external classic script, so the strict CSP allows it, and it runs before any module). It
//     records uncaught errors, unhandled rejections, console.error/warn/info calls, CSP violations,
//     the widget's three events and the type of every event a <med-card> dispatches in
//     `window.__probe`;
//   - `?without=FEATURE` on any page adds /__engines/without.js, which takes that browser feature
//     away before the widget loads (the degradation tests);
//   - requests are logged here, on the server, so a test can see which files were fetched
//     (lazy loading) and every 4xx/5xx answer (failed requests);
//   - `hold(pattern)` keeps matching requests waiting until released (the wasm, the entry);
//   - test pages under /test/ and card data answers under /src/, server-rendered cards under /ssr/
//     (`medcard render`), and target/dist-probe (`make probe`, the panic-probe build) under
//     /probe/, its test page /test/probe.html;
//   - altered copies of dist/ under /copies/NAME/ (COPIES below): a tampered wasm, a tampered
//     runtime, a tampered words file, another medcard version, and one without its wasm, for
//     the pinning, two-copies and no-wasm tests.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { STRICT_CSP, startServer } from "../../scripts/serve.mjs";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const siteDir = process.env.MEDCARD_SITE_DIR ?? path.join(repo, "target", "site");
const probeDir = path.join(repo, "target", "dist-probe");
export const MIRTAZAPINE = readFileSync(path.join(repo, "www/examples/mirtazapine.json"), "utf8");
export const GABAPENTIN = readFileSync(path.join(repo, "www/examples/gabapentin.json"), "utf8");
export const VERSION = readFileSync(path.join(repo, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];

// Runs in the page before anything else (see the header).
const PROBE = `(() => {
  const probe = (window.__probe = { errors: [], console: [], violations: [], ready: [], failed: [], toggles: [], frames: [] });
  const text = (value) => (value instanceof Error ? value.stack || String(value) : typeof value === "string" ? value : (() => { try { return JSON.stringify(value); } catch { return String(value); } })());
  window.addEventListener("error", (event) => {
    if (event.target && event.target !== window) {
      probe.errors.push("resource failed to load: " + (event.target.src || event.target.href || event.target.localName));
    } else {
      probe.errors.push("uncaught: " + (event.error ? text(event.error) : event.message) + " at " + event.filename + ":" + event.lineno);
    }
  }, true);
  window.addEventListener("unhandledrejection", (event) => probe.errors.push("unhandled rejection: " + text(event.reason)));
  for (const level of ["error", "warn", "info"]) {
    const original = console[level];
    console[level] = function (...args) {
      probe.console.push("console." + level + ": " + args.map(text).join(" "));
      return original.apply(this, args);
    };
  }
  document.addEventListener("securitypolicyviolation", (event) =>
    probe.violations.push(event.effectiveDirective + " blocked " + (event.blockedURI || "(inline)") + " at " + event.sourceFile + ":" + event.lineNumber));
  // Every event a <med-card> dispatches, by type (checked against the element's API source).
  probe.dispatched = [];
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (this && this.localName === "med-card" && !probe.dispatched.includes(event.type)) probe.dispatched.push(event.type);
    return dispatch.call(this, event);
  };
  window.addEventListener("medcard-ready", (event) => probe.ready.push(event.detail));
  window.addEventListener("medcard-error", (event) => probe.failed.push(event.detail));
  window.addEventListener("medcard-toggle", (event) => probe.toggles.push(event.detail));
  // Every frame: where the first card's title is and how tall the card is (the takeover test).
  if (new URLSearchParams(location.search).has("frames")) {
    const sample = () => {
      const card = document.querySelector("med-card");
      if (card && card.shadowRoot && probe.sampling) {
        const title = card.shadowRoot.querySelector(".medcard__title");
        const visible = title && title.getClientRects().length > 0 && !title.closest("[hidden]");
        probe.frames.push({ top: visible ? title.getBoundingClientRect().top : "no visible title", height: card.offsetHeight });
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }
})();
`;

// Takes one feature away, as an older browser would lack it (classic script, before the widget).
const WITHOUT = {
  // Safari before 16.4 and Firefox before 101: no constructable stylesheets (new CSSStyleSheet()
  // throws "Illegal constructor") and no adoptedStyleSheets.
  adoptedStyleSheets: `
    for (const proto of [Document.prototype, ShadowRoot.prototype]) delete proto.adoptedStyleSheets;
    window.CSSStyleSheet = function CSSStyleSheet() { throw new TypeError("Illegal constructor"); };`,
  // A browser (or a locked-down one: some enterprise policies, Lockdown Mode) without WebAssembly.
  WebAssembly: `delete window.WebAssembly;`,
  // Before custom elements (Firefox < 63, Chrome < 67; Safari < 10.1).
  customElements: `delete window.customElements; Object.defineProperty(window, "customElements", { value: undefined });`,
};

// Inline data is escaped the way build-site.mjs does it: "<" never appears raw in the script.
export const inline = (json) => `<script type="application/json">${json.replaceAll("<", "\\u003c")}</script>`;

// Inherited properties and ::part() rules a careless or hostile host page might set.
const HOSTILE_CSS = `
html { font-size: 0; }
body { font-size: 0; line-height: 0; color: transparent; visibility: hidden; text-transform: uppercase;
       direction: rtl; letter-spacing: -1em; word-spacing: -1em; text-indent: -9999px; }
med-card { font-size: 0; color: transparent; line-height: 0; }
med-card::part(disclaimer) { display: none !important; visibility: hidden !important; opacity: 0 !important;
       font-size: 0 !important; color: transparent !important; height: 0 !important; overflow: hidden !important;
       position: absolute !important; clip-path: inset(50%) !important; transform: scale(0) !important; }
`;

// A page loading medcard from each folder of `from` ("dist": the real dist/, "probe": the
// panic-probe build, otherwise an altered copy of dist/ under /copies/).
const folder = (name) => (name === "dist" || name === "probe" ? `/${name}` : `/copies/${name}`);
const shell = (title, body, head = "", from = ["dist"]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}
${from.map((name) => `<script type="module" src="${folder(name)}/medcard.js"></script>`).join("\n")}</head>
<body>${body}</body></html>`;

const TEST_PAGES = {
  // An empty page the tests add cards to.
  "/test/page.html": () => shell("medcard engines", '<main id="cards"></main>'),
  "/test/hostile.html": () => shell("medcard engines", '<main id="cards"></main>', '<link rel="stylesheet" href="/test/hostile.css">'),
  // ?theme=dark: the card has theme="dark".
  "/test/inline.html": (params) =>
    shell("loading", `<main><med-card id="first"${params.get("theme") === "dark" ? ' theme="dark"' : ""}>${inline(MIRTAZAPINE)}</med-card></main>`),
  // The empty page with the panic-probe build (target/dist-probe) instead of dist/.
  "/test/probe.html": () => shell("medcard engines", '<main id="cards"></main>', "", ["probe"]),
  "/test/lazy.html": () =>
    shell("loading", `<main><p id="top">Top of the page.</p><div class="spacer"></div>
      <med-card id="lazy" loading="lazy">${inline(MIRTAZAPINE)}</med-card></main>`, '<link rel="stylesheet" href="/test/loading.css">'),
  // One card from src, in the layout ?layout= names (none: the default), on the page
  // scripts/card-heights.mjs measures (viewport meta, body margin 0, padding 8px).
  "/test/card.html": (params) => {
    const layout = params.get("layout");
    const card = params.get("card") ?? "mirtazapine";
    if (!/^[\w.]+$/.test(card) || (layout !== null && !/^\w+$/.test(layout))) throw new Error(`bad test/card.html query ${params}`);
    return shell(
      "one card",
      // (The page's h1 comes after the card, so the card starts where it does on that page.)
      `<main><med-card id="card"${layout === null ? "" : ` layout="${layout}"`} src="/examples/${card}.json"></med-card><h1>One card</h1></main>`,
      '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/test/card.css">',
    );
  },
  // A card loaded by an altered copy of dist/ (COPIES), or by two copies at once.
  "/test/copy.html": (search) =>
    shell("medcard copies", `<main id="cards"><med-card id="first">${inline(MIRTAZAPINE)}</med-card></main>`, "", search.getAll("copy")),
  // Two cards in the language ?lang= names (none: the page's English), loaded by the copy of
  // dist/ ?copy= names ("dist": the real one): one by its own `lang`, one by the closest [lang]
  // (its data names no language, which would win over the page's).
  "/test/words.html": (search) => {
    const copy = search.get("copy") ?? "dist";
    const lang = search.get("lang");
    if (!/^[a-z-]+$/.test(copy) || (lang !== null && !/^[a-z]{2}$/.test(lang))) throw new Error(`bad test/words.html query ${search}`);
    const attribute = lang ? ` lang="${lang}"` : "";
    return shell(
      "medcard words",
      `<main id="cards"><med-card id="own"${attribute}>${inline(MIRTAZAPINE)}</med-card>
<section${attribute}><med-card id="closest">${inline(GABAPENTIN.replace('"language": "en",', ""))}</med-card></section></main>`,
      "",
      [copy],
    );
  },
  "/test/sources.html": () =>
    shell("sources", `<main id="cards">
      <med-card id="by-inline">${inline(MIRTAZAPINE)}</med-card>
      <med-card id="by-src" src="/examples/gabapentin.json"></med-card>
      <med-card id="by-none"></med-card>
    </main>`),
};

// The SRI value of some bytes, as dist/integrity.json and `medcard hash` write it.
export const sha = (bytes, algorithm = "sha384") => `${algorithm}-${createHash(algorithm).update(bytes).digest("base64")}`;

// Altered copies of dist/: each changes some files and leaves the rest as built. medcard.js pins
// the files it loads by their hashes (scripts/integrity.mjs), so a changed file must be refused,
// unless its new hash is written into the entry too (another version, built as the real one is).
export const OTHER_VERSION = "9.9.9-other";
const COPIES = {
  // One byte of the wasm changed: its hash no longer matches the entry's.
  // No wasm at all (the server answers 404): the code cannot be loaded.
  "no-wasm": () => ({ "medcard_wasm_bg.wasm": null }),
  "tampered-wasm": (files) => {
    const wasm = Buffer.from(files["medcard_wasm_bg.wasm"]);
    wasm[wasm.length - 1] ^= 0x01;
    return { "medcard_wasm_bg.wasm": wasm };
  },
  // Code added to the runtime: it must never run.
  "tampered-runtime": (files) => ({
    "medcard-runtime.js": Buffer.concat([files["medcard-runtime.js"], Buffer.from("\nwindow.__tamperedRuntimeRan = true;\n")]),
  }),
  // The Spanish words file changed: its hash no longer matches the entry's.
  "tampered-words": (files) => ({
    "words/es.json": Buffer.from(files["words/es.json"].toString("utf8").replace("Efectos secundarios", "Efectos cambiados")),
  }),
  // The same build with another version string, its entry pinning its own runtime.
  "other-version": (files) => {
    const runtime = files["medcard-runtime.js"].toString("utf8");
    const needle = JSON.stringify(VERSION);
    if (runtime.split(needle).length !== 2) throw new Error(`the runtime names ${needle} ${runtime.split(needle).length - 1} times, not once`);
    const other = Buffer.from(runtime.replace(needle, JSON.stringify(OTHER_VERSION)));
    const entry = files["medcard.js"].toString("utf8").replace(sha(files["medcard-runtime.js"]), sha(other));
    return { "medcard-runtime.js": other, "medcard.js": Buffer.from(entry) };
  },
};
let copies = null;
function copyFile(name, file) {
  if (!copies) {
    const files = Object.fromEntries(
      ["medcard.js", "medcard-runtime.js", "medcard-unsupported.js", "medcard_wasm_bg.wasm", "words/es.json", "words/ar.json"].map((f) => [
        f,
        readFileSync(path.join(siteDir, "dist", f)),
      ]),
    );
    copies = Object.fromEntries(Object.entries(COPIES).map(([copy, alter]) => [copy, { ...files, ...alter(files) }]));
  }
  return copies[name]?.[file] ?? null;
}

// Answers a request in full, never cached; true: it was handled.
function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...headers });
  res.end(body);
  return true;
}

// What the /src/ routes answer.
function srcRoute(pathname, req, res, state) {
  switch (pathname) {
    case "/src/card.json":
      return send(res, 200, "application/json", MIRTAZAPINE);
    case "/src/changed-card.json":
      return send(res, 200, "application/json", MIRTAZAPINE.replace("Mirtazapine", "Mirtazapine (changed)"));
    case "/src/plain-text.json":
      return send(res, 200, "text/plain; charset=utf-8", GABAPENTIN);
    case "/src/missing.json":
      return send(res, 404, "text/html", "<h1>Not found</h1>");
    case "/src/broken.json":
      return send(res, 500, "text/plain", "Internal Server Error");
    case "/src/html-page.json":
      return send(res, 200, "text/html; charset=utf-8", "<!doctype html><p>Log in to continue</p>");
    case "/src/image.json":
      return send(res, 200, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    case "/src/connection-reset.json":
      req.socket.destroy();
      return true;
    case "/src/never-ends.json":
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{ "schemaVersion": 1,');
      state.open.add(res);
      return true;
    case "/src/declared-huge.json":
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(50 * 1024 * 1024) });
      res.write("{");
      state.open.add(res);
      return true;
    case "/src/endless.json": {
      res.writeHead(200, { "Content-Type": "application/json" });
      // Paced at 256 KiB every 5 ms (about 50 MiB/s, 64 MiB in 1.3 s): on an unpaced loopback
      // link the server can push tens of MiB in the milliseconds a loaded machine takes to carry
      // the page's cancel to WebKit's network process, which made the check below a race.
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const pump = () => {
        if (res.destroyed) return;
        if (state.endlessBytes >= 64 * 1024 * 1024) return res.end();
        state.endlessBytes += chunk.length;
        if (!res.write(chunk)) res.once("drain", () => setTimeout(pump, 5));
        else setTimeout(pump, 5);
      };
      res.on("close", () => res.destroy());
      pump();
      return true;
    }
    case "/src/slow-card.json":
      setTimeout(() => send(res, 200, "application/json", GABAPENTIN), 1500);
      return true;
    case "/src/in-pieces.json": {
      // A declared length, the body in three writes 20 ms apart (as a busy server or network sends
      // it), chained: timers of different lengths can run out of order on a busy machine.
      const body = Buffer.from(GABAPENTIN);
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": body.length, "Cache-Control": "no-store" });
      res.write(body.subarray(0, 6));
      setTimeout(() => {
        res.write(body.subarray(6, 7000));
        setTimeout(() => res.end(body.subarray(7000)), 20);
      }, 20);
      return true;
    }
    case "/src/redirect.json":
      return send(res, 302, "text/plain", "", { Location: `${state.otherUrl}src/card.json` });
    default:
      return false;
  }
}

// Server-rendered pages (`medcard render --page`), each with the CSP hash of its <style> (what
// the README tells hosts to allow). Built once per process:
//   /ssr/gabapentin.html                full layout, the widget added after the card;
//   /ssr/mirtazapine-compact.html       `--layout compact`, the widget added after the card;
//   /ssr/mirtazapine-compact-noscript.html  `--layout compact` and no widget script at all;
//   /ssr/gabapentin-stale.html          two cards whose markup differs from this version's.
function renderSsrPages() {
  const today = new Date().toISOString().slice(0, 10);
  const render = (card, ...options) =>
    execFileSync("cargo", ["run", "--quiet", "--features", "cli", "--", "render", "--page", ...options, "--today", today, `www/examples/${card}.json`], {
      cwd: repo,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
  const full = render("gabapentin");
  const compact = render("mirtazapine", "--layout", "compact");
  // Two cards as an older `medcard render` might have written them: one attribute more, so
  // they look the same but are not what this version renders.
  const stale = full
    .replaceAll('class="medcard__card"', 'class="medcard__card" data-rendered-by="an older medcard"')
    .replace(/<med-card[\s\S]*?<\/med-card>\n/, (card) => card + card);
  const below = '<p id="below">Below the card.</p>\n';
  const widget = `${below}<script type="module" src="/dist/medcard.js"></script>\n</body>`;
  const pages = { gabapentin: [full, widget], "mirtazapine-compact": [compact, widget], "mirtazapine-compact-noscript": [compact, `${below}</body>`], "gabapentin-stale": [stale, widget] };
  return Object.fromEntries(
    Object.entries(pages).map(([name, [html, after]]) => {
      const style = createHash("sha256").update(html.slice(html.indexOf("<style>") + "<style>".length, html.indexOf("</style>"))).digest("base64");
      return [`/ssr/${name}.html`, { html: html.replace("</body>", after), csp: STRICT_CSP.replace("style-src 'self'", `style-src 'self' 'sha256-${style}'`) }];
    }),
  );
}

function injectProbe(html, search) {
  const without = new URLSearchParams(search).get("without");
  if (without && !WITHOUT[without]) throw new Error(`unknown feature ${without}`);
  const scripts =
    '<script src="/__engines/probe.js"></script>' +
    (without ? `<script src="/__engines/without.js?feature=${encodeURIComponent(without)}"></script>` : "");
  // Right after <meta charset> (which must come first), else first in <head>.
  const charset = /<meta charset="utf-8">/i;
  return charset.test(html) ? html.replace(charset, (meta) => meta + scripts) : html.replace(/<head>/i, `<head>${scripts}`);
}

/**
 * Starts the test server (and a second origin, for the cross-site redirect). Resolves with
 * { url, requests, failures, hold(pattern), state, close() }. `ssr: false` leaves out /ssr/ (it
 * runs `cargo run --features cli -- render`).
 */
export async function startSite({ ssr = true } = {}) {
  for (const needed of ["index.html", "gallery.html", "playground.html", "dist/medcard.js"]) {
    if (!existsSync(path.join(siteDir, needed))) throw new Error(`target/site/${needed} is missing: run make site first`);
  }
  const ssrPages = ssr ? renderSsrPages() : {};
  const state = { open: new Set(), endlessBytes: 0, otherUrl: "" };
  const requests = []; // every path asked for, in order
  const failures = []; // unexpected 4xx/5xx answers
  const holds = []; // { pattern, held }

  const handler = async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const pathname = url.pathname;
    requests.push(pathname);
    // (/src/ answers fail on purpose; WebKit asks for /favicon.ico by itself when a page names none.)
    if (!pathname.startsWith("/src/") && pathname !== "/favicon.ico") {
      res.on("finish", () => res.statusCode >= 400 && failures.push(`HTTP ${res.statusCode}: ${req.method} ${pathname}`));
    }
    for (const { pattern, held } of holds) if (pattern.test(pathname)) await held;
    if (pathname === "/__engines/probe.js") return send(res, 200, "text/javascript", PROBE);
    if (pathname === "/__engines/without.js") return send(res, 200, "text/javascript", WITHOUT[url.searchParams.get("feature")] ?? "");
    if (pathname === "/test/hostile.css") return send(res, 200, "text/css", HOSTILE_CSS);
    if (pathname === "/test/loading.css") return send(res, 200, "text/css", ".spacer { height: 3000px; }");
    if (pathname === "/test/card.css") return send(res, 200, "text/css", "body { margin: 0; padding: 8px; }");
    if (pathname === "/test/hidden-part.css") return send(res, 200, "text/css", "med-card::part(disclaimer) { display: none !important; visibility: hidden !important; opacity: 0 !important; }");
    if (TEST_PAGES[pathname]) return send(res, 200, "text/html; charset=utf-8", injectProbe(TEST_PAGES[pathname](url.searchParams), url.search));
    if (pathname.startsWith("/probe/")) {
      const file = path.join(probeDir, path.normalize(pathname.slice("/probe/".length)));
      if (file.startsWith(probeDir) && existsSync(file)) return send(res, 200, file.endsWith(".wasm") ? "application/wasm" : file.endsWith(".json") ? "application/json" : "text/javascript", readFileSync(file));
    }
    const copy = pathname.match(/^\/copies\/([a-z-]+)\/((?:words\/)?[\w.-]+)$/);
    const copied = copy && copyFile(copy[1], copy[2]);
    const types = { wasm: "application/wasm", json: "application/json", js: "text/javascript" };
    if (copied) return send(res, 200, types[copy[2].split(".").pop()], copied);
    if (ssrPages[pathname]) {
      res.setHeader("Content-Security-Policy", ssrPages[pathname].csp);
      return send(res, 200, "text/html; charset=utf-8", injectProbe(ssrPages[pathname].html, url.search));
    }
    if (srcRoute(pathname, req, res, state)) return true;
    // The site's own pages, with the probe.
    const file = pathname.endsWith("/") ? `${pathname}index.html` : pathname;
    if (file.endsWith(".html") && !file.includes("..")) {
      const html = await readFile(path.join(siteDir, file), "utf8").catch(() => null);
      if (html !== null) return send(res, 200, "text/html; charset=utf-8", injectProbe(html, url.search));
    }
    return false;
  };

  const other = await startServer({
    root: siteDir,
    handler: (req, res) => {
      res.setHeader("Access-Control-Allow-Origin", "*");
      return srcRoute(new URL(req.url, "http://localhost").pathname, req, res, state);
    },
  });
  state.otherUrl = other.url;
  const server = await startServer({
    root: siteDir,
    csp: `${STRICT_CSP}; connect-src 'self' ${other.url.replace(/\/$/, "")}`,
    handler,
  });
  return {
    url: server.url,
    requests,
    failures,
    state,
    /** Holds requests whose path matches `pattern` until the returned function is called. */
    hold(pattern) {
      let release;
      const entry = { pattern, held: new Promise((resolve) => (release = resolve)) };
      holds.push(entry);
      return () => {
        if (holds.includes(entry)) holds.splice(holds.indexOf(entry), 1);
        release();
      };
    },
    async close() {
      for (const res of state.open) res.destroy();
      await server.close();
      await other.close();
    },
  };
}
