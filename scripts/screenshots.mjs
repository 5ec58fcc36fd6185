#!/usr/bin/env node
// `make screenshots`: the demo page and the card gallery (target/site, built by `make site`)
// at 320, 768 and 1280 px, in light, dark and print media, as full-page PNGs in
// target/screenshots/ (git-ignored), for reviewing changes by eye. The gallery is shot twice:
// as it is (full layout, with its Compact layout section), and with every card set to
// layout="compact" (`gallery-compact-*`; light and dark, as print opens every section anyway).
//
//   light  prefers-color-scheme: light
//   dark   prefers-color-scheme: dark, every card set to theme="auto" so it follows the system
//          (the demo page itself is light-only, so cards without the attribute stay light)
//   print  print media: collapsed sections open, links followed by their address
//
// Uses Debian's Chromium through playwright-core, as the e2e tests do.

import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { startServer } from "./serve.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { allCardsSettled, everyCardIn, setOnEveryCard } from "../tests/support/page.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const siteDir = path.join(repo, "target", "site");
const outDir = path.join(repo, "target", "screenshots");

// name → the page, and the layout every card is set to (none: as the page has it).
const PAGES = {
  index: { file: "index.html" },
  gallery: { file: "gallery.html" },
  "gallery-compact": { file: "gallery.html", layout: "compact", modes: ["light", "dark"] },
};
const WIDTHS = [320, 768, 1280];
const MODES = {
  light: { colorScheme: "light" },
  dark: { colorScheme: "dark" },
  print: { media: "print" },
};

const server = await startServer({ root: siteDir });
const browser = await launch();
try {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const [name, { file, layout, modes = Object.keys(MODES) }] of Object.entries(PAGES)) {
    for (const width of WIDTHS) {
      for (const mode of modes) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.emulateMedia(MODES[mode]);
        await page.goto(`${server.url}${file}`, { waitUntil: "load" });
        await page.waitForFunction(allCardsSettled, null, { timeout: 20_000 });
        if (layout) {
          await page.evaluate(setOnEveryCard, { layout });
          await page.waitForFunction(everyCardIn, layout);
        }
        if (mode === "dark") await page.evaluate(setOnEveryCard, { theme: "auto" });
        const shot = path.join(outDir, `${name}-${width}-${mode}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        await page.close();
        console.log(`screenshots: wrote ${path.relative(repo, shot)}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
