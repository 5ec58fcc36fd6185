// The Playwright tests' helpers: launch Debian's Chromium through playwright-core (which never
// downloads a browser of its own), with the flags of tests/support/browsers.mjs, and record
// everything that goes wrong on a page. What both harnesses share is in tests/support/.

import { existsSync } from "node:fs";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/browsers.mjs";
import { startSite } from "../support/site.mjs";

/** Launches headless Chromium. Extra Playwright launch options may be passed in `options`. */
export async function launch(options = {}) {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run scripts/setup.sh (or set MEDCARD_CHROMIUM).`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // (Playwright passes its own headless flag.)
    args: CHROMIUM_ARGS.filter((arg) => !arg.startsWith("--headless")),
    ...options,
  });
}

/**
 * For a test file: the shared test site (tests/support/site.mjs, `/ssr/` pages only with `ssr`)
 * and Chromium, started before its tests and stopped after them, as `{ site, browser }`.
 */
export function siteAndChromium({ ssr = false } = {}) {
  const env = {};
  before(async () => {
    env.site = await startSite({ ssr });
    env.browser = await launch();
  }, { timeout: 300_000 });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/**
 * Records, from now on, what goes wrong on `page`:
 *   console    console errors and warnings ({ type, text, url })
 *   pageErrors uncaught exceptions and unhandled rejections (messages)
 *   requests   requests that failed at the network level or got a 4xx/5xx response
 * and, from before any page script runs, Content-Security-Policy and Trusted Types violations.
 * Call it before `page.goto` to cover the whole page load. `await summary()` gives one readable
 * line per problem, for assertion messages ("CSP: …" for a violation).
 */
export async function collectProblems(page) {
  const problems = {
    console: [],
    pageErrors: [],
    requests: [],
    async summary() {
      const violations = await page.evaluate(() => window.__cspViolations ?? ["(not recorded: the page loaded before collectProblems)"]);
      return [
        ...this.console.map((m) => `console.${m.type}: ${m.text}${m.url ? ` (${m.url})` : ""}`),
        ...this.pageErrors.map((message) => `page error: ${message}`),
        ...this.requests,
        ...violations.map((violation) => `CSP: ${violation}`),
      ].join("\n");
    },
  };

  page.on("console", (message) => {
    const type = message.type();
    if (type === "error" || type === "warning") {
      problems.console.push({ type, text: message.text(), url: message.location()?.url ?? "" });
    }
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.stack || error.message || String(error)));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "failed";
    problems.requests.push(`request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      const request = response.request();
      problems.requests.push(`HTTP ${response.status()}: ${request.method()} ${response.url()}`);
    }
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return problems;
}
