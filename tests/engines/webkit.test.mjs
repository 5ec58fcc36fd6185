// The end-to-end behaviours (behaviours.mjs) in WebKitGTK's MiniBrowser, through WebKitWebDriver
// under an Xvfb display the harness starts and stops.
// Needs target/site (make site). Run: node --test tests/engines/webkit.test.mjs
import { runBehaviours } from "./behaviours.mjs";

runBehaviours("webkit");
