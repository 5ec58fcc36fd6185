// Where a card's data comes from, and fetching it. Each outcome is returned as a function that
// shows it on a card handle (one handle method per outcome), so nothing is encoded in strings.

const DEFAULT_TIMEOUT_MS = 10000;
const INLINE = ':scope > script[type="application/json"]';

/** The element's `timeout` attribute in milliseconds, or the default. */
export function timeoutOf(element) {
  const millis = Number.parseInt(element.getAttribute("timeout") ?? "", 10);
  return millis > 0 ? millis : DEFAULT_TIMEOUT_MS;
}

/**
 * What to show for `element` whose `data` property is `data`. Priority: the data property, then
 * an inline JSON script child, then `src`. Returns `{ show }` for data at hand, `{ url }` to
 * fetch, or `null` while the parser has not yet reached the element's children.
 */
export function pickSource(element, data) {
  const script = element.querySelector(INLINE);
  const src = element.getAttribute("src");
  if (data == null && !script && !src && document.readyState === "loading") return null;
  if (typeof data === "string") return { show: (handle) => handle.showJson(data) };
  if (data != null) return { show: objectAsJson(data) };
  if (script) return { show: (handle) => handle.showJson(script.textContent) };
  if (src) return { url: new URL(src, document.baseURI).href };
  return { show: (handle) => handle.showMissing() };
}

/** The medication's name from inline or property data, best effort (Rust does the real parse). */
export function nameOf(element, data) {
  try {
    const script = element.querySelector(INLINE);
    const card = typeof data === "string" || !data ? JSON.parse(data ?? script?.textContent ?? "null") : data;
    const name = card?.medication?.name;
    return typeof name === "string" ? name.slice(0, 200) : null;
  } catch {
    return null;
  }
}

// Objects go to Rust as JSON text: one parser, its nesting limit, and its error positions.
function objectAsJson(data) {
  let json;
  try {
    json = JSON.stringify(data);
  } catch (error) {
    // Cycles, BigInt values, or a throwing toJSON.
    const message = error instanceof Error ? error.message : String(error);
    return (handle) => handle.showUnreadable(message);
  }
  if (typeof json !== "string") return (handle) => handle.showUnreadable("it is not a JSON value");
  return (handle) => handle.showJson(json);
}

/**
 * The element's `integrity` attribute: `""` when absent, `null` when present but naming no
 * sha256, sha384 or sha512 hash (the browser would ignore such a value and accept any bytes, so
 * the card refuses instead), otherwise the value as written.
 */
export function integrityOf(element) {
  const value = element.getAttribute("integrity");
  if (value == null) return "";
  return /^\s*(sha(256|384|512)-[A-Za-z0-9+/_-]+={0,2}(\?\S*)?(\s+|$))+$/.test(value) ? value : null;
}

/**
 * Fetches card text from `url` within `millis` and `maxBytes`, checking where it came from and
 * what it is. Resolves (never rejects) with a function that shows the outcome on a handle.
 * `controller` aborts the request (the element cancels it when newer data is asked for).
 * `integrity` (an SRI value, or `null` for an unusable one) is passed to `fetch`, which then
 * rejects bytes that do not match before any of them reach the card.
 */
export async function fetchCard(url, { millis, maxBytes, controller, integrity = "" }) {
  if (integrity == null) return (handle) => handle.showIntegrityFailure(url);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, millis);
  const init = { signal: controller.signal, credentials: "same-origin" };
  try {
    const response = await fetch(url, integrity ? { ...init, integrity } : init);
    return await readCard(response, url, maxBytes, controller);
  } catch {
    if (timedOut) return (handle) => handle.showTimeout(url, millis);
    // A failed integrity check looks like a network error; a HEAD request tells them apart.
    const reached = integrity && !controller.signal.aborted && (await fetch(url, { ...init, method: "HEAD" }).catch(() => null));
    if (timedOut) return (handle) => handle.showTimeout(url, millis);
    if (reached && !reached.ok) return (handle) => handle.showHttpStatus(url, reached.status);
    return reached
      ? (handle) => handle.showIntegrityFailure(url)
      : (handle) => handle.showNetworkFailure(url);
  } finally {
    clearTimeout(timer);
  }
}

// The body is read in chunks and dropped at the size limit, so an endless or huge answer is
// never buffered whole.
async function readCard(response, url, maxBytes, controller) {
  const finalUrl = response.url || url;
  const refuse = (show) => {
    controller.abort();
    return show;
  };
  if (new URL(finalUrl).origin !== new URL(url).origin) {
    return refuse((handle) => handle.showRedirected(url, finalUrl));
  }
  if (!response.ok) return refuse((handle) => handle.showHttpStatus(url, response.status));
  const type = (response.headers.get("content-type") ?? "").toLowerCase();
  if (type && !type.includes("json") && !type.startsWith("text/plain")) {
    return refuse((handle) => handle.showNotJson(url, type));
  }
  const tooLarge = (handle) => handle.showTooLarge(url);
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) return refuse(tooLarge);
  const json = (text) => (handle) => handle.showJson(text);
  // Read whole when the length is known and exact (same origin, not compressed): Chromium shows a
  // no-store fetch read in pieces that arrive apart as cancelled, though it was not.
  if (response.type === "basic" && !response.headers.get("content-encoding") && Number.isInteger(declared)) {
    return json(new TextDecoder().decode(await response.arrayBuffer()));
  }
  if (!response.body) return json("");
  const chunks = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Cancel the body itself too: WebKit keeps downloading an aborted fetch's body otherwise.
      reader.cancel().catch(() => {});
      return refuse(tooLarge);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return json(new TextDecoder().decode(bytes));
}
