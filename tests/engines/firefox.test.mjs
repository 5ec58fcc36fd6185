// The end-to-end behaviours (behaviours.mjs) in Firefox ESR, through geckodriver.
// Needs target/site (make site). Run: node --test tests/engines/firefox.test.mjs
import { runBehaviours } from "./behaviours.mjs";

runBehaviours("firefox");
