// The end-to-end behaviours (behaviours.mjs) in Chromium through chromedriver: checks the
// WebDriver harness against the engine the Playwright tests (tests/e2e/) already cover.
// Needs target/site (make site). Run: node --test tests/engines/chromium.test.mjs
import { runBehaviours } from "./behaviours.mjs";

runBehaviours("chromium");
