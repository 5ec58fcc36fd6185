#!/usr/bin/env node
// A small static file server for the demo site and the browser tests. No dependencies.
//
//   node scripts/serve.mjs DIR [--port N]
//     Serves DIR on 127.0.0.1 (default port 8000; if busy, tries the next 20 ports) and prints
//     one line: "medcard demo: http://127.0.0.1:PORT/".
//
//   import { startServer } from "./serve.mjs";
//   const server = await startServer({ root: "target/site" });   // port 0 = any free port
//   ... server.url ...; await server.close();
//
// Every response carries Cache-Control: no-store so a rebuilt widget is never served stale, and
// the strict Content-Security-Policy medcard promises to work under (STRICT_CSP), so the demo
// and every browser test run under it. Tests pass `csp` to extend it and `handler(req, res)`
// (return true when it answered) for routes of their own.
// `compress: true` answers with brotli (quality 11, as a CDN serves prebuilt files) when the
// request accepts it: the bench's mobile profile uses it, because a real host compresses.
// Requests can never reach files outside the root: the decoded path is resolved against the
// root and refused unless it stays inside it (symbolic links inside the root are not followed out).

import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
};

/** The policy of issue 4 / embedding.md: no inline script or style, wasm allowed, Trusted Types. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'";

function send(res, status, text) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
  });
  res.end(text);
}

// Maps a request URL to a file inside `root`, or returns null when it must be refused.
async function resolveFile(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes("\0")) return null;

  let file = path.resolve(root, "." + path.posix.normalize("/" + pathname));
  if (file !== root && !file.startsWith(root + path.sep)) return null;

  let info = await stat(file).catch(() => null);
  const isDirectory = Boolean(info?.isDirectory());
  if (isDirectory) {
    file = path.join(file, "index.html");
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return null;

  // Refuse symbolic links that point outside the root.
  const real = await realpath(file);
  if (!real.startsWith(root + path.sep)) return null;
  return { file: real, size: info.size, isDirectory, pathname };
}

export async function startServer({ root, host = "127.0.0.1", port = 0, csp = STRICT_CSP, handler, compress = false } = {}) {
  if (!root) throw new Error("startServer: `root` is required");
  const rootDir = await realpath(path.resolve(root));
  const compressed = new Map(); // file → brotli bytes, made once per server

  const server = createServer(async (req, res) => {
    res.setHeader("Content-Security-Policy", csp);
    if (handler && (await handler(req, res))) return;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return send(res, 405, "Method Not Allowed\n");
    }
    const found = await resolveFile(rootDir, req.url);
    if (!found) return send(res, 404, "Not Found\n");

    // A directory URL without a trailing slash would break relative links: redirect it.
    if (found.isDirectory && !found.pathname.endsWith("/")) {
      const { pathname, search } = new URL(req.url, "http://localhost");
      res.writeHead(301, { Location: pathname + "/" + search, "Cache-Control": "no-store" });
      return res.end();
    }

    const type = MIME_TYPES[path.extname(found.file).toLowerCase()] ?? "application/octet-stream";
    if (compress && /\bbr\b/.test(req.headers["accept-encoding"] ?? "") && !type.startsWith("image/png")) {
      if (!compressed.has(found.file)) {
        const bytes = await readFile(found.file);
        compressed.set(found.file, brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      const body = compressed.get(found.file);
      res.writeHead(200, {
        "Content-Type": type,
        "Content-Encoding": "br",
        "Content-Length": body.length,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        Vary: "Accept-Encoding",
      });
      return res.end(req.method === "HEAD" ? undefined : body);
    }
    res.writeHead(200, {
      "Content-Type": type,
      "Content-Length": found.size,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") return res.end();
    createReadStream(found.file)
      .on("error", () => res.destroy())
      .pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const actualPort = server.address().port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function main(argv) {
  const usage = "usage: node scripts/serve.mjs DIR [--port N]";
  let dir;
  let port = 8000;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--port") {
      port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid --port\n${usage}`);
    } else if (arg === "-h" || arg === "--help") {
      console.log(usage);
      return;
    } else if (!dir) {
      dir = arg;
    } else {
      throw new Error(`unexpected argument: ${arg}\n${usage}`);
    }
  }
  if (!dir) throw new Error(usage);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`serve: ${dir} is not a directory`);

  for (let candidate = port; candidate <= Math.min(port + 20, 65535); candidate++) {
    try {
      const server = await startServer({ root: dir, port: candidate });
      console.log(`medcard demo: ${server.url}`);
      return;
    } catch (error) {
      if (error.code !== "EADDRINUSE") throw error;
    }
  }
  throw new Error(`serve: ports ${port}-${port + 20} are all in use; pick another with --port N`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
