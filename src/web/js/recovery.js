// The wasm runtime every card shares: started once when the first card needs it, replaced by a
// fresh instance after a panic (the cards are re-mounted one at a time, so the one whose data
// panics again is found and shown as an error), and a pool of parked cards for reuse.

import { timeoutOf } from "./card-source.js";
import { canStyle, useRuntime } from "./placeholder.js";
import { FALLBACK_WORDS, whenWordsArrive, wordsFor } from "./words.js";

// For element.js, which imports no more modules than it did (the wasm-pack tests' runner loads
// them as snippets, and answers fewer module requests reliably than a browser makes).
export { prefetchWords } from "./words.js";
import { buildStatic } from "./static-dom.js";

// What recovery calls on elements (symbols keep them off the public element API).
export const START = Symbol("start");
export const FORGET = Symbol("forget");
export const FAIL = Symbol("fail");
export const WAKE = Symbol("wake");
export const REFRESH = Symbol("refresh");

/** Every connected element. */
export const live = new Set();

// Set by `connect`: `{ load(): Promise, start(hooks): CardRuntime, reset?() }` (src/web/js/loader.js).
let wasm = null;
// The live instance's CardRuntime (element.rs); null while loading and after a panic.
let runtime = null;
let loading = null;
let recovering = false;
let lastPanic = "";

// Handed to Rust when an instance starts: where its panic hook reports, how static parts are
// built, where the words of a language other than English come from.
const hooks = { notePanic, buildStatic, wordsFor };

// A language's words arrived (or failed): the cards waiting for them render again.
whenWordsArrive(() => {
  for (const element of live) element[REFRESH]();
});

// Cards of removed elements ({ handle, container }) kept for the next new element: Yew never
// frees an app's event listener, so reusing apps keeps add/remove cycles from leaking.
const idle = [];
const MAX_IDLE = 16;

/** Connects the elements to a wasm module (the first connection wins). */
export function connect(source) {
  wasm ??= source;
}

/** The live CardRuntime, or null. */
export function currentRuntime() {
  return runtime;
}

/**
 * Loads and starts the wasm if nothing has yet; every waiting card starts when it is ready. When
 * it cannot start (no WebAssembly, no constructable stylesheets, a failed download), each card
 * fails once, and a server-rendered card keeps showing (`FAIL`'s second argument).
 */
export function requestRuntime() {
  if (runtime || loading || recovering || !wasm) return;
  loading = Promise.resolve()
    .then(() => {
      if (!canStyle) throw new Error(FALLBACK_WORDS.tooOld);
      return wasm.load();
    })
    .then(() => {
      start();
      for (const element of live) element[WAKE]();
    })
    .catch((error) => {
      const message = `the medcard code could not be loaded (${error?.message ?? error})`;
      for (const element of live) element[FAIL](message, true);
    });
}

function start() {
  runtime = wasm.start(hooks);
  useRuntime(runtime);
}

/** A parked card for a new element, or undefined. */
export function takeIdle() {
  return idle.pop();
}

/** Parks a removed element's card for reuse, or frees it when the pool is full. */
export function release(handle, container) {
  if (idle.length < MAX_IDLE && container) {
    handle.park();
    container.remove();
    idle.push({ handle, container });
  } else {
    handle.destroy();
    handle.free();
  }
}

/**
 * Called by Rust's panic hook just before the instance traps (and by elements that catch the
 * trap). Every card handle now belongs to a dead instance: forget them all, then bring the cards
 * back on a fresh instance.
 */
export function notePanic(message) {
  if (!runtime) return; // already noted (the trap that follows the hook lands here too)
  lastPanic = message;
  runtime = null;
  for (const element of live) element[FORGET]();
  idle.length = 0;
  if (!recovering) {
    recovering = true;
    setTimeout(() => recover().finally(() => (recovering = false)));
  }
}

/** Whether a panic was noted and recovery has not yet brought a runtime back. */
export function isDown() {
  return !runtime;
}

// Re-mounts the cards one at a time on a fresh instance. A card whose own rendering panics
// again is the culprit: it gets the error panel and the others carry on.
async function recover() {
  const failed = new Set();
  for (let attempt = 0; wasm.reset && attempt <= live.size; attempt++) {
    try {
      wasm.reset();
      start();
    } catch {
      break; // no fresh instance: every card falls back below
    }
    let culprit = null;
    for (const element of [...live]) {
      if (failed.has(element)) continue;
      if (!element[START]()) continue; // a lazy card still far from view starts later
      await outcome(element);
      if (!runtime) {
        culprit = element;
        break;
      }
    }
    if (!culprit) return;
    failed.add(culprit);
    culprit[FAIL](`the card stopped working (${lastPanic})`);
  }
  for (const element of live) if (!failed.has(element)) element[FAIL](lastPanic);
}

// Resolves when the element reports a result, the runtime dies, or after its fetch time limit.
function outcome(element) {
  return new Promise((resolve) => {
    const events = ["medcard-ready", "medcard-error"];
    const done = () => {
      clearInterval(poll);
      clearTimeout(limit);
      for (const name of events) element.removeEventListener(name, done);
      resolve();
    };
    for (const name of events) element.addEventListener(name, done);
    const poll = setInterval(() => runtime || done(), 10);
    const limit = setTimeout(done, timeoutOf(element) + 1000);
  });
}
