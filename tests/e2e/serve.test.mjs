// Tests for scripts/serve.mjs, the static server the demo and the browser tests use.
// No browser needed. Run: node --test tests/e2e/

import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

import { startServer } from "../../scripts/serve.mjs";

let scratch;
let server;

// A raw GET: the path is sent exactly as given (fetch would normalise "/../").
function get(rawPath) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path: rawPath, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

// The served files: path, content, and the MIME type each is served as.
const FILES = [
  ["index.html", "<!doctype html><title>home</title>", "text/html"],
  ["docs/index.html", "docs home", "text/html"],
  ["app.js", "export {};", "text/javascript"],
  ["lib.mjs", "export {};", "text/javascript"],
  ["examples/card.json", "{}", "application/json"],
  ["medcard_bg.wasm", Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), "application/wasm"],
  ["site.css", "body{}", "text/css"],
  ["icon.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml"],
  ["notes.txt", "notes", "text/plain"],
];

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "medcard-serve-"));
  const root = path.join(scratch, "site");
  for (const [file, content] of FILES) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  // Things outside the root that must stay unreachable.
  await writeFile(path.join(scratch, "secret.txt"), "secret");
  await mkdir(path.join(scratch, "site-evil"));
  await writeFile(path.join(scratch, "site-evil", "x.txt"), "evil");
  await symlink(path.join(scratch, "secret.txt"), path.join(root, "link-out.txt"));
  server = await startServer({ root });
});

after(async () => {
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test("serves files with the right MIME types and no caching", async () => {
  for (const [file, , type] of FILES) {
    const res = await get(`/${file}`);
    assert.equal(res.status, 200, file);
    assert.equal(res.headers["content-type"].split(";")[0], type, file);
    assert.equal(res.headers["cache-control"], "no-store", file);
  }
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test("serves index.html for directories", async () => {
  const home = await get("/");
  assert.equal(home.status, 200);
  assert.match(home.body, /<title>home<\/title>/);
  assert.equal((await get("/docs/")).body, "docs home");
  assert.equal((await get("/?q=restless+legs")).status, 200);
  const redirect = await get("/docs");
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.location, "/docs/");
});

test("answers 404 for missing files", async () => {
  for (const url of ["/missing.js", "/examples/missing.json", "/docs/missing/"]) {
    assert.equal((await get(url)).status, 404, url);
  }
});

test("never serves files outside the root", async () => {
  const attempts = [
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/examples/..%2f..%2fsecret.txt",
    "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/../site-evil/x.txt",
    "/..%5csecret.txt",
    "//etc/passwd",
    "/link-out.txt",
    "/%00",
    "/%zz",
  ];
  for (const url of attempts) {
    const res = await get(url);
    assert.equal(res.status, 404, url);
    assert.doesNotMatch(res.body, /secret|evil|root:/, url);
  }
});
