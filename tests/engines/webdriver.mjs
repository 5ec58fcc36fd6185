// A small W3C WebDriver client (classic HTTP endpoints only) and the drivers of the engines the
// tests run in: Firefox ESR through geckodriver, WebKitGTK's MiniBrowser through WebKitWebDriver
// (on the display xvfb-run gives it), and Chromium through chromedriver (to
// check the harness itself against the engine the Playwright tests cover).
//
// No client library: the handful of endpoints the tests use are a fetch each, and nothing here
// can download a browser or a driver. Every binary path is explicit (scripts/setup.sh installs
// them); a missing one is an error that says so, never a skipped test.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

import { CHROMIUM_ARGS, CHROMIUM_PATH, FIREFOX_PATH, FIREFOX_PREFS } from "../support/browsers.mjs";

const HOME_CARGO_BIN = path.join(os.homedir(), ".cargo", "bin");

// Each engine: its driver, the capabilities of a new session, and whether it needs a display.
export const ENGINES = {
  firefox: {
    name: "Firefox ESR",
    driver: process.env.GECKODRIVER ?? path.join(HOME_CARGO_BIN, "geckodriver"),
    browser: FIREFOX_PATH,
    driverArgs: (port) => ["--port", String(port), "--host", "127.0.0.1", "--log", "error"],
    capabilities: (engine) => ({
      browserName: "firefox",
      "moz:firefoxOptions": { binary: engine.browser, args: ["-headless", "-width", "1280", "-height", "900"], prefs: FIREFOX_PREFS },
    }),
  },
  webkit: {
    name: "WebKitGTK (MiniBrowser)",
    driver: process.env.MEDCARD_WEBKITWEBDRIVER ?? "/usr/bin/WebKitWebDriver",
    browser: process.env.MEDCARD_MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    display: true,
    driverArgs: (port) => [`--port=${port}`, "--host=127.0.0.1"],
    capabilities: (engine) => ({
      "webkitgtk:browserOptions": { binary: engine.browser, args: ["--automation"] },
    }),
  },
  chromium: {
    name: "Chromium",
    driver: process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver",
    browser: CHROMIUM_PATH,
    driverArgs: (port) => [`--port=${port}`],
    capabilities: (engine) => ({
      "goog:chromeOptions": { binary: engine.browser, args: [...CHROMIUM_ARGS, "--window-size=1280,900"] },
    }),
  },
};

export const KEYS = { Tab: "\uE004", Enter: "\uE007", Space: "\uE00D", Shift: "\uE008", Escape: "\uE00C" };

// An element reference in the W3C wire format.
const ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";

/** A TCP port free on 127.0.0.1 right now (for the driver). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Drivers run in a process group of their own (spawned `detached`), so stopping one also stops
// the browser it started, even when the session could not be ended cleanly.
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child, "SIGKILL"); // anything the driver left behind
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 3_000);
    child.once("exit", () => {
      clearTimeout(timer);
      killGroup(child, "SIGKILL");
      resolve();
    });
    killGroup(child, "SIGTERM");
  });
}

async function request(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${method} ${url}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  // Errors come with a 4xx/5xx status (a script's result may well have an `error` field).
  if (!response.ok) {
    const { error = `HTTP ${response.status}`, message = "" } = json.value ?? {};
    throw new Error(`WebDriver ${method} ${new URL(url).pathname.replace(/^\/session\/[^/]+/, "")}: ${error}: ${message}`);
  }
  return json.value;
}

/**
 * Starts the engine's driver and one browser session.
 * Resolves with a Session; `session.quit()` ends the session and stops every process started.
 * The processes are also killed if Node exits without quitting (a failed `before`).
 */
export async function startSession(engineName) {
  const engine = ENGINES[engineName];
  if (!engine) throw new Error(`unknown engine ${engineName}`);
  for (const [what, file] of [["driver", engine.driver], ["browser", engine.browser]]) {
    if (!existsSync(file)) throw new Error(`${engine.name}: ${what} not found at ${file}: run scripts/setup.sh`);
  }
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => {});
  };
  let driver;
  const onExit = () => driver && killGroup(driver, "SIGKILL");
  process.once("exit", onExit);
  stops.push(async () => process.off("exit", onExit));
  try {
    const env = { ...process.env };
    if (engine.display) {
      if (!env.DISPLAY) throw new Error(`${engine.name} needs a display: run it under xvfb-run, as make test-webkit does`);
      // No accessibility bus, no real D-Bus session: keep GTK quiet and quick.
      env.NO_AT_BRIDGE = "1";
      env.GTK_A11Y = "none";
    }
    // Drivers write their profiles under a temporary directory of their own.
    const tmp = mkdtempSync(path.join(os.tmpdir(), `medcard-${engineName}-`));
    env.TMPDIR = tmp;
    stops.push(async () => rmSync(tmp, { recursive: true, force: true }));
    const port = await freePort();
    driver = spawn(engine.driver, engine.driverArgs(port), { env, stdio: ["ignore", "ignore", "pipe"], detached: true });
    let driverLog = "";
    driver.stderr.on("data", (chunk) => (driverLog = (driverLog + chunk).slice(-4000)));
    stops.push(() => stopChild(driver));
    const base = `http://127.0.0.1:${port}`;
    for (let waited = 0; ; waited += 100) {
      if (driver.exitCode !== null) throw new Error(`${engine.driver} exited (${driver.exitCode}): ${driverLog}`);
      const ready = await fetch(`${base}/status`).then((r) => r.ok, () => false);
      if (ready) break;
      if (waited > 15_000) throw new Error(`${engine.driver} did not answer on port ${port}: ${driverLog}`);
      await sleep(100);
    }
    // Page loads are awaited by `goto`, not by the driver: a test may hold back a module script,
    // and a held module holds the load event too.
    const created = await request("POST", `${base}/session`, {
      capabilities: { alwaysMatch: { pageLoadStrategy: "none", ...engine.capabilities(engine) } },
    });
    const session = new Session(engine, `${base}/session/${created.sessionId}`, created.capabilities);
    stops.push(() => request("DELETE", session.url).catch(() => {}));
    session.quit = stopAll;
    await session.send("POST", "/timeouts", { script: 60_000, pageLoad: 60_000, implicit: 0 });
    if (engineName !== "chromium") await session.send("POST", "/window/rect", { width: 1280, height: 900 }).catch(() => {});
    return session;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

export class Session {
  constructor(engine, url, capabilities) {
    this.engine = engine;
    this.url = url;
    this.version = `${capabilities.browserName} ${capabilities.browserVersion}`;
  }

  send(method, endpoint, body) {
    return request(method, `${this.url}${endpoint}`, method === "POST" ? body ?? {} : undefined);
  }

  /**
   * Loads `url`, and waits until the new document has been parsed (`until: "interactive"`, the
   * default), has finished loading (`"complete"`), or only until it is the current document
   * (`"started"`: its module scripts may be held back by the test server).
   */
  async goto(url, { until = "interactive", timeout = 30_000 } = {}) {
    await this.run(() => (window.__leaving = true)).catch(() => {});
    await this.send("POST", "/url", { url });
    const states = { started: ["loading", "interactive", "complete"], interactive: ["interactive", "complete"], complete: ["complete"] }[until];
    await this.waitFor(
      (href, states) => !window.__leaving && location.href === href && states.includes(document.readyState),
      `${url} is ${until}`,
      { timeout, args: [url, states] },
    );
  }

  /**
   * Runs `fn` in the page with JSON arguments and returns its result (awaited when it is a
   * promise; elements come back as references usable with `click`).
   */
  run(fn, ...args) {
    return this.send("POST", "/execute/sync", { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Runs a script given as source text (for example axe-core's), returning nothing. */
  runSource(source) {
    return this.send("POST", "/execute/sync", { script: `${source};\nreturn null;`, args: [] });
  }

  /** Polls `fn` in the page until it returns a truthy value; returns it. */
  async waitFor(fn, what, { timeout = 20_000, args = [] } = {}) {
    const deadline = Date.now() + timeout;
    let failure = "";
    for (;;) {
      // A script can fail while a navigation replaces the document: try again until the deadline.
      const result = await this.run(fn, ...args).catch((error) => ((failure = ` (last error: ${error.message})`), null));
      if (result) return result;
      if (Date.now() > deadline) throw new Error(`${this.engine.name}: timed out after ${timeout} ms waiting until ${what}${failure}`);
      await sleep(100);
    }
  }

  /** A real click (the driver scrolls the element into view and checks that it is hit). */
  click(element) {
    return this.send("POST", `/element/${element[ELEMENT_KEY]}/click`, {});
  }

  /** Presses keys in order through the actions API; `["Shift", "Tab"]` as one entry is a chord. */
  async press(...keys) {
    const actions = [];
    for (const key of keys) {
      const chord = (Array.isArray(key) ? key : [key]).map((name) => KEYS[name] ?? name);
      for (const value of chord) actions.push({ type: "keyDown", value });
      for (const value of [...chord].reverse()) actions.push({ type: "keyUp", value });
    }
    await this.send("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.send("DELETE", "/actions");
  }
}
