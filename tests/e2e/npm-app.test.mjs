// A Vite + TypeScript app (tests/npm-app) that installs the packed tarball as a user would
// (`npm install ../../target/medcard-VERSION.tgz`: an extracted copy, not a link), type-checks
// with `tsc --noEmit` (its @ts-expect-error lines fail the check if the types stop catching the
// wrong shapes), builds with `vite build` and no plugin, and renders in Chromium under the
// strict CSP. The same app also runs under the Vite dev server, with no configuration.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";

import { startServer } from "../../scripts/serve.mjs";
import { repo, VERSION } from "../support/site.mjs";
import { collectProblems, launch } from "./browser.mjs";

const appDir = path.join(repo, "tests", "npm-app");
const outDir = path.join(repo, "target", "npm-app");
const tarball = `../../target/medcard-${VERSION}.tgz`;

function run(command, args) {
  try {
    return execFileSync(command, args, { cwd: appDir, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    assert.fail(`${command} ${args.join(" ")} failed:\n${error.stdout}\n${error.stderr}`);
  }
}

let server;
let browser;
let devServer; // the Vite dev server, while its test runs

before(async () => {
  assert.ok(existsSync(path.join(appDir, "node_modules/.bin/vite")), "tests/npm-app: run scripts/setup.sh (npm ci)");
  // --no-save: the app's committed lockfile lists only its tools, not this build's tarball.
  run("npm", ["install", "--no-save", "--prefer-offline", "--no-audit", "--no-fund", tarball]);
  browser = await launch();
});

after(async () => {
  await devServer?.close();
  await browser?.close();
  await server?.close();
});

test("the tarball is installed as files, not a link to the repository", () => {
  const installed = path.join(appDir, "node_modules", "medcard");
  assert.equal(lstatSync(installed).isSymbolicLink(), false);
  assert.equal(JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8")).version, VERSION);
});

test("the app holds the npm README's example word for word", () => {
  const readme = readFileSync(path.join(repo, "src/web/npm/README.md"), "utf8");
  const example = readme.match(/```ts\n(import \{ load, render, validate[\s\S]*?)```/)?.[1];
  assert.ok(example, "src/web/npm/README.md has the API example");
  assert.equal(readFileSync(path.join(appDir, "src/readme-example.ts"), "utf8"), example);
});

test("the app type-checks with tsc --noEmit, every @ts-expect-error line an error", () => {
  const source = readFileSync(path.join(appDir, "src/main.ts"), "utf8");
  assert.ok((source.match(/@ts-expect-error/g) ?? []).length >= 4);
  run("node_modules/.bin/tsc", ["--noEmit", "-p", "."]);
});

test("vite build bundles the API and emits the wasm as an asset", () => {
  run("node_modules/.bin/vite", ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"]);
  const assets = readdirSync(path.join(outDir, "assets"));
  assert.ok(assets.some((file) => /^medcard_wasm_bg-.*\.wasm$/.test(file)), assets.join(", "));
  // validate's checking wasm, beside the card's.
  assert.ok(assets.some((file) => /^medcard_authoring_bg-.*\.wasm$/.test(file)), assets.join(", "));
});

// Loads the app at `url`; checks that both cards rendered and validate answered.
async function checkApp(url) {
  const page = await browser.newPage();
  const problems = await collectProblems(page);
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.ready || document.body.dataset.failed, null, { timeout: 20_000 });
    const state = await page.evaluate(() => ({
      ...document.body.dataset,
      exampleCards: document.querySelectorAll("#card > *").length,
      titles: [...document.querySelectorAll("med-card")].map((card) => {
        const title = card.shadowRoot.querySelector(".medcard__title");
        return `${title.localName} ${title.textContent}`;
      }),
    }));
    assert.equal(state.failed, undefined);
    assert.equal(state.exampleCards, 0, "the npm README's example destroyed its card");
    assert.deepEqual(state.titles, ["h3 Paracetamol", "h4 Ibuprofen"]);
    assert.equal(state.ready, "Ibuprofen");
    assert.equal(state.rendered, "[]");
    assert.deepEqual(JSON.parse(state.problems), ["medication.name"]);
    assert.equal(state.schemaTitle, "medcard card, schema version 1");
    assert.equal(await problems.summary(), "");
  } finally {
    await page.close();
  }
}

test("the built app renders both cards in Chromium and validates, under the strict CSP", async () => {
  server = await startServer({ root: outDir });
  await checkApp(server.url);
});

test("the app runs under the Vite dev server", async () => {
  // The app's own Vite, through its JavaScript API (what the `vite` command runs), no configuration.
  const vite = await import(pathToFileURL(path.join(appDir, "node_modules/vite/dist/node/index.js")));
  devServer = await vite.createServer({ root: appDir, logLevel: "warn", server: { host: "127.0.0.1", port: 0 } });
  await devServer.listen();
  try {
    await checkApp(devServer.resolvedUrls.local[0]);
  } finally {
    await devServer.close();
    devServer = null;
  }
});
