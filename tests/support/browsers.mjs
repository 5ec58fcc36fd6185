// The browsers the tests run in, and their flags, written once: webdriver.json holds them for
// wasm-bindgen-test (wasm-pack test), and the Playwright tests (tests/e2e/browser.mjs) and the
// WebDriver harness (tests/engines/webdriver.mjs) read them from it.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const config = JSON.parse(readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../webdriver.json"), "utf8"));

export const CHROMIUM_PATH = process.env.MEDCARD_CHROMIUM ?? config["goog:chromeOptions"].binary;
/** Chromium's flags, `--headless=new` among them (Playwright adds its own headless flag). */
export const CHROMIUM_ARGS = config["goog:chromeOptions"].args;
export const FIREFOX_PATH = process.env.MEDCARD_FIREFOX ?? config["moz:firefoxOptions"].binary;
/** Firefox's preferences: nothing reaches out from the headless browser. */
export const FIREFOX_PREFS = config["moz:firefoxOptions"].prefs;
