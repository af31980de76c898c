// The GraphiQL playground works offline: every request that does not go to
// the server's own origin is aborted, and it still loads and runs its example.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, launch, shot, watchConsole } from "./browser.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("playground: loads with only same-origin requests and runs its example query", async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(30_000);
  const origin = new URL(BASE).origin;
  const blocked = [];
  const served = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    let sameOrigin = false;
    try {
      // blob: and data: URLs (web workers) belong to the page's origin
      const u = new URL(url);
      sameOrigin = u.origin === origin || ((u.protocol === "blob:" || u.protocol === "data:") && url.includes(origin));
    } catch {
      sameOrigin = false;
    }
    if (sameOrigin) {
      served.push(url);
      return route.continue();
    }
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = watchConsole(page);
  try {
    const res = await page.goto(`${BASE}/playground`);
    assert.equal(res?.status(), 200);
    await page.locator(".graphiql-container").waitFor();

    // One tab per coalition question, the first one active.
    await page.locator(".graphiql-tab").first().waitFor();
    const tabs = await page.locator(".graphiql-tab").count();
    assert.ok(tabs >= 10, `expected a tab per coalition question, got ${tabs}`);

    // The editor is Monaco (bundled): wait for the example query's text.
    await page.locator(".graphiql-query-editor .view-lines", { hasText: /search\(text:\s"Council/ }).waitFor();

    // Schema introspection and the example both go to /graphql.
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${origin}/graphql` && r.request().postData()?.includes("Search")),
      page.locator(".graphiql-execute-button").click(),
    ]);
    assert.equal(response.status(), 200);
    const json = await response.json();
    assert.ok(!json.errors, `the example query failed: ${JSON.stringify(json.errors)}`);
    assert.ok(json.data.search.length > 0, "the example search found nothing");

    // The result shows in the response pane.
    await page.waitForFunction(() => {
      const text = document.querySelector(".graphiql-response")?.textContent?.replace(/\s+/g, " ") ?? "";
      return text.includes('"search"') && text.includes("Council for Global Equality");
    });
    await shot(page, "09-playground");

    assert.deepEqual(blocked, [], "the playground tried to load something from another origin");
    assert.ok(served.some((u) => u.includes("/assets/")), "no bundle was served");
    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});
