// The end-to-end behaviours (behaviours.mjs) in WebKitGTK's MiniBrowser, through WebKitWebDriver,
// on an Xvfb display. Needs target/site (make site). Run: xvfb-run --auto-servernum
// --server-args="-screen 0 1280x1024x24 -nolisten tcp" node --test tests/engines/webkit.test.mjs
import { runBehaviours } from "./behaviours.mjs";

runBehaviours("webkit");
