#!/usr/bin/env node
// Assembles the npm package `medcard` in pkg/ from dist/ (run `make dist` first) and the
// hand-written entry in src/npm/. `make package` then packs it with `npm pack`.
//   node scripts/build-package.mjs
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
cpSync(path.join(repo, "src/npm"), pkg, { recursive: true });
cpSync(path.join(repo, "src/npm/README.md"), path.join(pkg, "README.md")); // for npm users, not the repository's

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
  exports: {
    ".": { types: "./index.d.ts", default: "./index.js" },
    "./define": { types: "./define.d.ts", default: "./define.js" },
    "./schema.json": "./medcard.schema.json",
    "./medcard.js": "./medcard.js",
    "./integrity.json": "./integrity.json",
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
    "medcard.schema.json",
    "integrity.json",
  ],
  engines: { node: ">=20.16" },
};
writeFileSync(path.join(pkg, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`pkg/: medcard ${manifest.version}`);
