// The playground: edit card JSON, see the live card and the widget's own list of problems.
// Problems come from the checking wasm's `validate` (dist/medcard-authoring.js), the same Rust
// rules the widget and the CLI use; the element (with its panic recovery) is the shared
// loader's, as on any page.
import { load, validate } from "./dist/medcard-authoring.js";
import { defineMedCard } from "./dist/medcard-runtime.js";

const UPDATE_DELAY_MS = 150;

const editor = document.getElementById("pg-json");
const card = document.getElementById("pg-card");
const summary = document.getElementById("pg-summary");
const list = document.getElementById("pg-problems");
const snippet = document.getElementById("pg-snippet");
const sample = document.getElementById("pg-sample");
const copyButton = document.getElementById("pg-copy");
const copyStatus = document.getElementById("pg-copy-status");
const readability = document.getElementById("pg-readability");
const layout = document.getElementById("pg-layout");

await Promise.all([defineMedCard(), load()]);

/**
 * Where the value at a JSON path (`sideEffects.serious[2].name`) starts in `text`, as a
 * character offset: the member's key for object members. A path that does not exist (a missing
 * field) falls back to its nearest existing parent. Tolerates broken JSON (it stops scanning).
 */
function locate(text, path) {
  const found = new Map();
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i));
  };
  // Reads the items of an object or array up to `close`; `item(index)` reads one.
  const items = (close, item) => {
    i++;
    for (let index = 0; i < text.length; index++) {
      space();
      if (text[i] === close) break;
      item(index);
      space();
      if (text[i] !== ",") break;
      i++;
    }
    i++;
  };
  const value = (at, start) => {
    space();
    if (!found.has(at)) found.set(at, start ?? i);
    if (text[i] === "{") {
      items("}", () => {
        const keyStart = i;
        const key = string();
        space();
        i++; // the colon
        value(at ? `${at}.${key}` : key, keyStart);
      });
    } else if (text[i] === "[") {
      items("]", (index) => value(`${at}[${index}]`));
    } else if (text[i] === '"') {
      string();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    }
  };
  try {
    value("");
  } catch {
    // Broken JSON: keep what was found so far.
  }
  let at = path;
  while (!found.has(at) && at !== "") at = at.replace(/(\.[^.[\]]*|\[\d+\])$|^[^.[\]]*$/, "");
  return found.get(at) ?? 0;
}

/** The character offset of a 1-based line and column. */
function offsetOf(text, line, column) {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(column - 1, 0));
}

/** Selects the line holding `offset` and scrolls it into view. */
function jumpTo(offset) {
  const text = editor.value;
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  editor.focus();
  editor.setSelectionRange(start, end < 0 ? text.length : end);
  const line = text.slice(0, start).split("\n").length - 1;
  const lineHeight = Number.parseFloat(getComputedStyle(editor).lineHeight) || 18;
  editor.scrollTop = Math.max(0, line * lineHeight - editor.clientHeight / 3);
}

function showProblems(text, problems) {
  list.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "pg-problem";
      const severity = document.createElement("span");
      severity.className = `pg-severity pg-severity--${problem.severity}`;
      severity.textContent = problem.severity;
      const place = document.createElement("span");
      place.className = "pg-path";
      place.textContent =
        problem.line != null ? `line ${problem.line}, column ${problem.column}` : problem.path || "(the card)";
      button.append(severity, place, `: ${problem.message}`);
      button.addEventListener("click", () =>
        jumpTo(problem.line != null ? offsetOf(text, problem.line, problem.column) : locate(text, problem.path)),
      );
      item.append(button);
      return item;
    }),
  );
  const count = (severity) => problems.filter((problem) => problem.severity === severity).length;
  const [errors, warnings, infos] = [count("error"), count("warning"), count("info")];
  // Infos (reading levels, with the switch on) are not problems: counted apart.
  const notes = infos ? ` ${infos} ${infos === 1 ? "note" : "notes"}.` : "";
  summary.textContent =
    errors + warnings === 0
      ? `No problems: the card is valid.${notes}`
      : `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}` +
        (errors ? ": the card cannot be shown until the errors are fixed." : ": the card is shown.") +
        notes;
}

/** The HTML a site owner pastes: the script tag and the card (in the chosen layout) with its data inline. */
function embedSnippet(text) {
  const script = new URL("dist/medcard.js", document.baseURI).href;
  // "<" written as \u003c means the same JSON and can never close the script element.
  const data = text.trim().replaceAll("<", "\\u003c");
  const attributes = layout.value === "compact" ? ' layout="compact"' : "";
  return `<script type="module" src="${script}"></script>\n<med-card${attributes}>\n<script type="application/json">\n${data}\n</script>\n</med-card>\n`;
}

function update() {
  const text = editor.value;
  showProblems(text, validate(text, { readability: readability.checked }));
  card.data = text;
  snippet.textContent = embedSnippet(text);
}

let pending = 0;
editor.addEventListener("input", () => {
  clearTimeout(pending);
  pending = setTimeout(update, UPDATE_DELAY_MS);
});

async function loadSample() {
  const response = await fetch(sample.value);
  editor.value = await response.text();
  update();
}
sample.addEventListener("change", loadSample);
readability.addEventListener("change", update);
// The preview's layout; the card keeps its data, and the snippet follows.
layout.addEventListener("change", () => {
  card.setAttribute("layout", layout.value);
  snippet.textContent = embedSnippet(editor.value);
});

copyButton.addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(embedSnippet(editor.value));
    copyStatus.textContent = "Embed snippet copied.";
  } catch {
    copyStatus.textContent = "Copying is not allowed here: select the snippet below and copy it.";
  }
});

card.setAttribute("layout", layout.value); // a reloaded page may keep the select's last value
await loadSample();
document.documentElement.dataset.ready = "true";
