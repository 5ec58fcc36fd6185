#!/usr/bin/env node
// Assembles the npm package `medcard` in pkg/ from dist/ (run `make dist` first) and the
// hand-written entry in src/web/npm/. `make package` then packs it with `npm pack`.
//   node scripts/build-package.mjs
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { EDITOR_FILES } from "./element-api.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(repo, "dist");
const pkg = path.join(repo, "pkg");

// One field of Cargo.toml's [package] table: the package version follows the crate's.
function cargoField(name) {
  const manifest = readFileSync(path.join(repo, "Cargo.toml"), "utf8");
  const table = manifest.split(/^\[/m).find((part) => part.startsWith("package]"));
  const value = table?.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, "m"))?.[1];
  if (!value) throw new Error(`Cargo.toml: no [package] ${name}`);
  return value;
}

if (!existsSync(path.join(dist, "medcard_wasm_bg.wasm"))) {
  throw new Error("build-package: dist/ is not built; run `make dist` first");
}
rmSync(pkg, { recursive: true, force: true });
cpSync(dist, pkg, { recursive: true });
cpSync(path.join(repo, "src/web/npm"), pkg, { recursive: true });
cpSync(path.join(repo, "src/web/npm/README.md"), path.join(pkg, "README.md")); // for npm users, not the repository's

const manifest = {
  name: "medcard",
  version: cargoField("version"),
  description: cargoField("description"),
  license: cargoField("license"),
  repository: { type: "git", url: `git+${cargoField("repository")}.git` },
  keywords: ["medication", "health", "web-component", "custom-element", "webassembly", "accessibility"],
  type: "module",
  main: "./index.js",
  types: "./index.d.ts",
  // The element's API for tools (scripts/element-api.mjs, from src/web/npm/element-api.json): the
  // Custom Elements Manifest, JetBrains web-types; VS Code reads vscode.html-custom-data.json
  // through its `html.customData` setting (README, "Editors").
  customElements: EDITOR_FILES.manifest,
  "web-types": `./${EDITOR_FILES.webTypes}`,
  exports: {
    ".": { types: "./index.d.ts", default: "./index.js" },
    "./define": { types: "./define.d.ts", default: "./define.js" },
    "./schema.json": "./medcard.schema.json",
    "./medcard.js": "./medcard.js",
    "./integrity.json": "./integrity.json",
    "./custom-elements.json": `./${EDITOR_FILES.manifest}`,
    "./vscode.html-custom-data.json": `./${EDITOR_FILES.vscode}`,
    "./web-types.json": `./${EDITOR_FILES.webTypes}`,
    // Types only, for <med-card> in each framework's templates (docs/frameworks.md); the modules
    // are empty.
    "./react": { types: "./react.d.ts", default: "./react.js" },
    "./vue": { types: "./vue.d.ts", default: "./vue.js" },
    "./svelte": { types: "./svelte.d.ts", default: "./svelte.js" },
    "./package.json": "./package.json",
  },
  // Registering <med-card> is the side effect: only these two entries do it.
  sideEffects: ["./define.js", "./medcard.js"],
  files: [
    "index.js",
    "index.d.ts",
    "define.js",
    "define.d.ts",
    "react.js",
    "react.d.ts",
    "vue.js",
    "vue.d.ts",
    "svelte.js",
    "svelte.d.ts",
    "medcard.js",
    "medcard-runtime.js",
    "medcard-unsupported.js",
    "medcard-authoring.js",
    "medcard_authoring_bg.wasm",
    "medcard_wasm_bg.wasm",
    // The words of every language but English, fetched by cards in that language (src/web/js/words.js).
    "words/",
    "medcard.schema.json",
    "integrity.json",
    ...Object.values(EDITOR_FILES),
  ],
  engines: { node: ">=20.16" },
};
execFileSync(process.execPath, [path.join(repo, "scripts/element-api.mjs"), pkg], { stdio: "inherit" });
rmSync(path.join(pkg, "element-api.json")); // the source, copied with src/web/npm/; the package ships what is built from it
writeFileSync(path.join(pkg, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`pkg/: medcard ${manifest.version}`);
