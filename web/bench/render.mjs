// Render benchmark: a synthetic 5,000-node / 50,000-edge network drawn by the
// real page (index.html?bench=NxM builds it locally, no API), timed to the
// first stable frame. Prints one line per run and a JSON summary.
//
//   node bench/render.mjs                 # serves web/dist itself on 127.0.0.1
//   COALITION_URL=http://127.0.0.1:8080 node bench/render.mjs   # or a running server
//   BENCH_SIZE=20000x200000 BENCH_RUNS=3 node bench/render.mjs

import http from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../tests/browser.mjs";

const SIZE = process.env.BENCH_SIZE || "5000x50000";
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 3));
const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".ttf": "font/ttf" };

async function serveDist() {
  try {
    await stat(join(DIST, "index.html"));
  } catch {
    console.error("bench: web/dist/index.html is missing: run `npm run build` (or `make web`) first");
    process.exit(2);
  }
  const server = http.createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const file = normalize(join(DIST, path === "/" ? "index.html" : path));
    if (!file.startsWith(DIST)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] || "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const own = process.env.COALITION_URL ? null : await serveDist();
const base = (process.env.COALITION_URL || own.url).replace(/\/$/, "");
const browser = await launch();
const results = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${base}/?bench=${SIZE}`);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 180_000 });
    const r = await page.evaluate(() => window.__bench);
    if (r.error) throw new Error(`bench failed in the page: ${r.error}`);
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
    results.push(r);
    console.log(
      `render ${r.nodes} nodes / ${r.edges} edges: first stable frame ${r.firstFrameMs} ms ` +
        `(graph build ${r.buildMs} ms, full refresh ${r.meanRefreshMs} ms) [${r.webgl}]`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  own?.close();
}
const sorted = results.map((r) => r.firstFrameMs).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(JSON.stringify({ benchmark: "render", size: SIZE, runs: RUNS, firstFrameMsMedian: median, firstFrameMs: sorted }));
