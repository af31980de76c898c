// Shared setup for the browser tests: Debian's Chromium driven by playwright-core.

import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const BASE = (process.env.COALITION_URL || "http://127.0.0.1:8080").replace(/\/$/, "");
export const RESULTS = join(dirname(fileURLToPath(import.meta.url)), "..", "test-results");
mkdirSync(RESULTS, { recursive: true });

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // WebGL without a GPU: SwiftShader through ANGLE.
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Collects console errors and page errors; assertNone() fails the test on any. */
export function watchConsole(page) {
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
  return {
    errors,
    assertNone(assert) {
      assert.deepEqual(errors, [], `the page logged errors:\n${errors.join("\n")}`);
    },
  };
}

export function shot(page, name) {
  return page.screenshot({ path: join(RESULTS, `${name}.png`) });
}
