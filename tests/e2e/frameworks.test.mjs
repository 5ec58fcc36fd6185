// The framework recipes of docs/frameworks.md, each a minimal app in tests/frameworks/<name>/
// built with its own toolchain (pinned in its package-lock.json, installed by scripts/setup.sh):
// React 19, React 18, Vue 3, Svelte 5 and Angular. Each test installs the packed tarball as a
// user would (`npm install --no-save ../../../target/medcard-VERSION.tgz`), type-checks the app
// with the types the package ships (`npm run check`), builds it (`npm run build`), serves it
// under the strict CSP and checks in Chromium that the card rendered from the `data` property,
// and that the app heard `medcard-ready` and, after a click on a section's summary,
// `medcard-toggle` with the section's name.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { startServer } from "../../scripts/serve.mjs";
import { repo, VERSION } from "../support/site.mjs";
import { collectProblems, launch } from "./browser.mjs";

const tarball = `../../../target/medcard-${VERSION}.tgz`;

// `outArgs`: how the build is told where to go (Vite's flags unless named); `served`: the folder
// to serve (Angular builds into `browser/`).
const APPS = [
  { name: "react19", title: "React 19" },
  { name: "react18", title: "React 18" },
  { name: "vue", title: "Vue 3" },
  { name: "svelte", title: "Svelte 5" },
  { name: "angular", title: "Angular", outArgs: (out) => ["--output-path", out], served: (out) => path.join(out, "browser") },
];
const viteOutArgs = (out) => ["--outDir", out, "--emptyOutDir"];

function run(cwd, command, args) {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: "utf8",
      stdio: "pipe",
      env: { ...process.env, NG_CLI_ANALYTICS: "false", NO_COLOR: "1" },
    });
  } catch (error) {
    assert.fail(`${command} ${args.join(" ")} failed in ${cwd}:\n${error.stdout}\n${error.stderr}`);
  }
}

test("docs/frameworks.md holds the React 18 wrapper word for word", () => {
  const wrapper = readFileSync(path.join(repo, "tests/frameworks/react18/src/MedCard.tsx"), "utf8");
  const code = wrapper.slice(wrapper.indexOf("import ")); // without the leading comment
  assert.ok(readFileSync(path.join(repo, "docs/frameworks.md"), "utf8").includes(code), "docs/frameworks.md, React 18");
});

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

for (const app of APPS) {
  test(`${app.title}: type-checked, built, renders the card from the data property and hears its events`, async (t) => {
    const dir = path.join(repo, "tests", "frameworks", app.name);
    const out = path.join(repo, "target", "frameworks", app.name);
    assert.ok(existsSync(path.join(dir, "node_modules")), `tests/frameworks/${app.name}: run scripts/setup.sh (npm ci)`);
    const started = Date.now();
    // --no-save: the app's committed lockfile lists only its toolchain, not this build's tarball.
    run(dir, "npm", ["install", "--no-save", "--prefer-offline", "--no-audit", "--no-fund", tarball]);
    run(dir, "npm", ["run", "check"]);
    rmSync(out, { recursive: true, force: true });
    run(dir, "npm", ["run", "build", "--", ...(app.outArgs ?? viteOutArgs)(out)]);
    t.diagnostic(`${app.name}: installed, checked and built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const server = await startServer({ root: app.served?.(out) ?? out });
    const page = await browser.newPage();
    const problems = await collectProblems(page);
    try {
      await page.goto(server.url);
      // The app writes what it heard into #ready and #toggle. The rendered card's title, not the
      // placeholder's, which shares its class until the swap.
      await page.locator("med-card .medcard__title:not(.medcard--placeholder *)").waitFor({ timeout: 20_000 });
      await page.locator("#ready", { hasText: "medcard-ready:" }).waitFor({ timeout: 10_000 });
      const state = await page.evaluate(() => {
        const card = document.querySelector("med-card");
        return {
          title: card.shadowRoot.querySelector(".medcard__title").textContent,
          dataAttribute: card.getAttribute("data"),
          dataProperty: typeof card.data === "string" ? card.data : card.data?.medication?.name,
          layout: card.layout,
          ready: document.getElementById("ready").textContent.trim(),
        };
      });
      assert.deepEqual(state, {
        title: "Gabapentin",
        dataAttribute: null, // the data went in as the property, never as an attribute
        dataProperty: "Gabapentin",
        layout: "compact",
        ready: "medcard-ready: Gabapentin",
      });

      await page.locator("med-card details[data-section=sideEffects] > summary").click();
      const toggle = page.locator("#toggle", { hasText: "medcard-toggle:" });
      assert.equal((await toggle.textContent({ timeout: 10_000 })).trim(), "medcard-toggle: sideEffects open");

      assert.equal(await problems.summary(), "");
    } finally {
      await page.close();
      await server.close();
    }
  });
}
