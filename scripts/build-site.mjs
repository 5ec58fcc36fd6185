#!/usr/bin/env node
// Builds the demo site into target/site/ (run by `make site`; needs `make dist` first).
//
//   1. clears target/site/ (so the build is idempotent: no stale files survive);
//   2. copies everything under www/ into it;
//   3. copies the built widget, dist/, to target/site/dist/, and the example Yew app
//      (examples/yew-app/ with its wasm from target/yew-app/pkg, built by `make yew-app`) to
//      target/site/yew-app/;
//   4. in every copied .html file, replaces each
//        <script type="application/json" data-include="PATH"></script>
//      with the text of www/PATH inlined:
//        <script type="application/json">CONTENT</script>
//      CONTENT must parse as JSON, and every "<" in it is written as \u003c (same JSON value) so
//      the data can never close the script element. This keeps www/examples/*.json the single
//      source of the sample data, for the cards loaded by URL and for the inline ones alike.
//
// No dependencies; deterministic (files are processed in sorted order).

import { rmSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const wwwDir = path.join(repo, "www");
const distDir = path.join(repo, "dist");
const outDir = path.join(repo, "target", "site");
const yewAppPkg = path.join(repo, "target", "yew-app", "pkg");

// <script type="application/json" data-include="PATH"></script>, attributes in this order, with
// any whitespace between them and an empty body. Anything else is left alone (and caught below).
const INCLUDE = /<script\s+type="application\/json"\s+data-include="([^"]+)"\s*>\s*<\/script>/g;

const rel = (file) => path.relative(repo, file) || ".";

// Stops the build. A half-built site is removed so it can never be served or tested by mistake.
function fail(message) {
  console.error(`build-site: ${message}`);
  rmSync(outDir, { recursive: true, force: true });
  process.exit(1);
}

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

async function inlineIncludes(htmlFile) {
  const html = await readFile(htmlFile, "utf8");
  const page = rel(path.join(wwwDir, path.relative(outDir, htmlFile))); // its source, for messages
  const scripts = [];
  for (const [, includePath] of html.matchAll(INCLUDE)) {
    const source = path.resolve(wwwDir, includePath);
    if (!source.startsWith(wwwDir + path.sep)) {
      fail(`${page}: data-include="${includePath}" points outside www/`);
    }
    const text = await readFile(source, "utf8").catch(() =>
      fail(`${page}: data-include="${includePath}": ${rel(source)} does not exist`));
    try {
      JSON.parse(text);
    } catch (error) {
      fail(`${rel(source)} (included by ${page}) is not valid JSON: ${error.message}`);
    }
    scripts.push({
      source: rel(source),
      element: `<script type="application/json">${text.trim().replaceAll("<", "\\u003c")}</script>`,
    });
  }

  let index = 0;
  const result = html.replace(INCLUDE, () => scripts[index++].element);
  if (/<script\b[^>]*\bdata-include=/i.test(html.replace(INCLUDE, ""))) {
    fail(`${page}: a data-include script is not in the form ` +
      `<script type="application/json" data-include="PATH"></script>`);
  }
  return { html: result, sources: scripts.map((script) => script.source) };
}

async function main() {
  if (!(await stat(wwwDir).catch(() => null))?.isDirectory()) fail(`${rel(wwwDir)}/ is missing`);
  if (!(await stat(path.join(distDir, "medcard.js")).catch(() => null))?.isFile()) {
    fail(`${rel(distDir)}/medcard.js is missing: build the widget first with \`make dist\``);
  }

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await cp(wwwDir, outDir, { recursive: true });
  // www/dist (a local dev copy, git-ignored) must not shadow the real build.
  await rm(path.join(outDir, "dist"), { recursive: true, force: true });
  await cp(distDir, path.join(outDir, "dist"), { recursive: true });
  const yewApp = path.join(outDir, "yew-app");
  if (!(await stat(path.join(yewAppPkg, "medcard_yew_app_bg.wasm")).catch(() => null))?.isFile()) {
    fail(`${rel(yewAppPkg)}/ is missing: build the example app first with \`make yew-app\``);
  }
  await mkdir(yewApp, { recursive: true });
  for (const file of ["index.html", "app.js", "app.css"]) {
    await cp(path.join(repo, "examples/yew-app", file), path.join(yewApp, file));
  }
  await cp(yewAppPkg, path.join(yewApp, "pkg"), { recursive: true });

  const files = await listFiles(outDir);
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const { html, sources } = await inlineIncludes(file);
    if (sources.length > 0) {
      await writeFile(file, html);
      console.log(`build-site: ${rel(file)}: inlined ${sources.join(", ")}`);
    }
  }
  for (const file of files) console.log(`build-site: wrote ${rel(file)}`);
  console.log(`build-site: ${files.length} files in ${rel(outDir)}/ — serve with: node scripts/serve.mjs ${rel(outDir)}`);
}

await main();
