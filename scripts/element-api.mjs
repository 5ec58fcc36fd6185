#!/usr/bin/env node
// <med-card>'s public API, from its one source, src/web/npm/element-api.json (hand-kept): the Custom
// Elements Manifest (schema 2.x), the VS Code HTML custom data, the JetBrains web-types, and the
// README's tables (attributes, properties and methods, events, custom properties, parts).
//   node scripts/element-api.mjs DIR        writes the three editor files into DIR (build-package.mjs)
//   node scripts/element-api.mjs --readme   rewrites the README's tables from the source
// tests/e2e/element-api.test.mjs checks the README and src/web/npm/index.d.ts against the source and
// the manifest against the published schema; tests/engines/behaviours.mjs the running element.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The source, src/web/npm/element-api.json. */
export function loadApi() {
  return JSON.parse(readFileSync(path.join(repo, "src/web/npm/element-api.json"), "utf8"));
}

/** One field of Cargo.toml's [package] table (the npm package's version and repository follow it). */
export function cargoField(name) {
  const manifest = readFileSync(path.join(repo, "Cargo.toml"), "utf8");
  const table = manifest.split(/^\[/m).find((part) => part.startsWith("package]"));
  const value = table?.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, "m"))?.[1];
  if (!value) throw new Error(`Cargo.toml: no [package] ${name}`);
  return value;
}

// README-relative links ("[Languages](#languages)") point at the README online in editor data.
const absolute = (markdown) => markdown.replace(/\]\(#([a-z0-9-]+)\)/g, `](${cargoField("repository")}#$1)`);
// A custom property's default as CSS: one value, or light-dark(light, dark).
const cssDefault = ({ default: values }) => (values.length === 2 ? `light-dark(${values[0]}, ${values[1]})` : values[0]);
const FILES = { manifest: "custom-elements.json", vscode: "vscode.html-custom-data.json", webTypes: "web-types.json" };

/** The Custom Elements Manifest (https://github.com/webcomponents/custom-elements-manifest, 2.1.0). */
export function customElementsManifest(api = loadApi()) {
  const declaration = {
    kind: "class",
    name: api.className,
    tagName: api.tag,
    customElement: true,
    summary: api.summary,
    description: absolute(api.description),
    superclass: { name: "HTMLElement", package: "global:" },
    attributes: api.attributes.map((a) => ({
      name: a.name,
      type: { text: a.type },
      ...(a.default !== undefined && { default: a.default }),
      ...(a.fieldName && { fieldName: a.fieldName }),
      description: absolute(a.description),
    })),
    members: [
      ...api.properties.map((p) => ({
        kind: "field",
        name: p.name,
        type: { text: p.type },
        ...(p.attribute && { attribute: p.attribute, reflects: Boolean(p.reflects) }),
        description: absolute(p.description),
      })),
      ...api.methods.map((m) => ({
        kind: "method",
        name: m.name,
        parameters: m.parameters.map((p) => ({ name: p.name, type: { text: p.type }, description: absolute(p.description) })),
        return: { type: { text: m.return } },
        description: absolute(m.description),
      })),
    ],
    events: api.events.map((e) => ({
      name: e.name,
      type: { text: `CustomEvent<${e.detailType}>` },
      description: absolute(`\`detail\`: \`${e.detail}\` (\`${e.detailType}\` in index.d.ts). ${e.description}`),
    })),
    cssProperties: api.cssProperties.map((c) => ({ name: c.name, default: cssDefault(c), description: absolute(c.description) })),
    cssParts: api.cssParts.map((p) => ({ name: p.name, description: absolute(p.description) })),
  };
  const definition = (module) => ({
    kind: "javascript-module",
    path: module,
    declarations: module === "medcard.js" ? [declaration] : [],
    exports: [{ kind: "custom-element-definition", name: api.tag, declaration: { name: api.className, module: "medcard.js" } }],
  });
  return { schemaVersion: "2.1.0", readme: "README.md", modules: ["medcard.js", "define.js"].map(definition) };
}

/** VS Code's HTML custom data (`html.customData`), version 1.1. */
export function vscodeCustomData(api = loadApi()) {
  const markdown = (value) => ({ kind: "markdown", value: absolute(value) });
  return {
    version: 1.1,
    tags: [
      {
        name: api.tag,
        description: markdown(`${api.summary}\n\n${api.description}`),
        attributes: api.attributes.map((a) => ({
          name: a.name,
          description: markdown(a.description),
          ...(a.boolean ? { valueSet: "v" } : a.values && { values: a.values.map((name) => ({ name })) }),
        })),
        references: [{ name: "medcard README", url: `${cargoField("repository")}#attributes` }],
      },
    ],
  };
}

/** JetBrains web-types (https://github.com/JetBrains/web-types), for WebStorm and IntelliJ. */
export function webTypes(api = loadApi()) {
  return {
    $schema: "https://json.schemastore.org/web-types",
    name: "medcard",
    version: cargoField("version"),
    "description-markup": "markdown",
    contributions: {
      html: {
        elements: [
          {
            name: api.tag,
            description: absolute(`${api.summary}\n\n${api.description}`),
            "doc-url": `${cargoField("repository")}#attributes`,
            attributes: api.attributes.map((a) => ({
              name: a.name,
              description: absolute(a.description),
              ...(a.default !== undefined && { default: a.default }),
              value: a.boolean ? { kind: "no-value" } : { kind: "plain", type: a.type },
            })),
            js: {
              properties: api.properties.map((p) => ({ name: p.name, type: p.type, description: absolute(p.description) })),
              events: api.events.map((e) => ({ name: e.name, type: `CustomEvent<${e.detailType}>`, description: absolute(e.description) })),
            },
            events: api.events.map((e) => ({ name: e.name, description: absolute(e.description) })),
            css: {
              properties: api.cssProperties.map((c) => ({ name: c.name, description: absolute(c.description) })),
              parts: api.cssParts.map((p) => ({ name: p.name, description: absolute(p.description) })),
            },
          },
        ],
      },
    },
  };
}

/** The three files, by name. */
export function editorFiles(api = loadApi()) {
  return {
    [FILES.manifest]: customElementsManifest(api),
    [FILES.vscode]: vscodeCustomData(api),
    [FILES.webTypes]: webTypes(api),
  };
}
export const EDITOR_FILES = FILES;

/**
 * The README's blocks made from the source, each keyed by its first line (a table's header, or
 * the parts paragraph's opening): { first line → whole block }.
 */
export function readmeBlocks(api = loadApi()) {
  const table = (header, rows) => [header, header.replace(/[^|]+/g, "---"), ...rows.map((cells) => `| ${cells.join(" | ")} |`)].join("\n");
  const code = (value) => `\`${value}\``;
  const blocks = [
    table("| attribute | value | meaning |", api.attributes.map((a) => [code(a.name), a.value, a.description])),
    table("| member | meaning |", [
      ...api.properties.map((p) => [code(p.name), p.description]),
      ...api.methods.map((m) => [code(m.signature), m.description]),
    ]),
    table("| event | `detail` | when |", api.events.map((e) => [code(e.name), code(e.detail), e.description])),
    table(
      "| property | default | what it sets |",
      api.cssProperties.map((c) => [code(c.name), c.default.map(code).join(" / "), c.description]),
    ),
    `Parts, for \`med-card::part(name)\`: ${api.cssParts.map((p) => `${code(p.name)} (${p.description})`).join(", ")}.`,
  ];
  return Object.fromEntries(blocks.map((block) => [block.split("\n")[0].replace(/:.*/, ":"), block]));
}

/** The README's block that starts with `first` (up to the next blank line), or null. */
export function readmeBlock(readme, first) {
  const at = readme.split("\n").findIndex((line) => line.startsWith(first));
  if (at < 0) return null;
  const lines = readme.split("\n").slice(at);
  const end = lines.findIndex((line) => line.trim() === "");
  return lines.slice(0, end < 0 ? undefined : end).join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2];
  if (arg === "--readme") {
    const file = path.join(repo, "README.md");
    let readme = readFileSync(file, "utf8");
    for (const [first, block] of Object.entries(readmeBlocks())) {
      const old = readmeBlock(readme, first);
      if (old === null) throw new Error(`README.md has no block starting ${first}`);
      readme = readme.replace(old, block);
    }
    writeFileSync(file, readme);
  } else if (arg) {
    for (const [name, value] of Object.entries(editorFiles())) {
      writeFileSync(path.join(arg, name), `${JSON.stringify(value, null, 2)}\n`);
    }
  } else {
    throw new Error("usage: node scripts/element-api.mjs DIR | --readme");
  }
}
