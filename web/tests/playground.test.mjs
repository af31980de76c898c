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

// GraphiQL reads the schema by introspection on load: no error shows, the
// Docs pane lists the Query fields, and the editor completes a field.
test("playground: the schema loads; Docs lists the Query fields; autocompletion offers a field", async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors = watchConsole(page);
  const introspections = [];
  page.on("response", async (r) => {
    if (r.url().endsWith("/graphql") && r.request().postData()?.includes("__schema")) {
      introspections.push({ status: r.status(), body: await r.json().catch(() => null) });
    }
  });
  try {
    await page.goto(`${BASE}/playground`);
    await page.locator(".graphiql-query-editor .view-lines", { hasText: /search\(text:\s"Council/ }).waitFor();

    // The introspection GraphiQL sent on load was answered without errors.
    await page.waitForFunction(() => document.querySelector(".graphiql-sidebar button[aria-label='Show Documentation Explorer']"));
    await expectSoon(() => introspections.length > 0, "GraphiQL sent no introspection query");
    assert.equal(introspections[0].status, 200);
    assert.ok(!introspections[0].body?.errors, `introspection failed: ${JSON.stringify(introspections[0].body?.errors)}`);
    assert.ok(introspections[0].body?.data?.__schema?.types?.length > 0, "introspection returned no types");
    // Nothing in the response pane: GraphiQL shows schema errors there.
    const shown = (await page.locator(".graphiql-response").textContent()) ?? "";
    assert.ok(!/error|DEPTH_LIMIT|nested/i.test(shown), `the response pane shows an error on load: ${shown.slice(0, 300)}`);

    // Docs: the root types, then Query's fields.
    await page.locator(".graphiql-sidebar button[aria-label='Show Documentation Explorer']").click();
    await page.locator(".graphiql-doc-explorer").waitFor();
    assert.equal(await page.locator(".graphiql-doc-explorer-error").count(), 0, "the Docs pane shows an error");
    await page.locator("a.graphiql-doc-explorer-type-name", { hasText: /^Query$/ }).first().click();
    await page.locator(".graphiql-doc-explorer-field-name", { hasText: "partners" }).first().waitFor();
    const fields = await page.locator(".graphiql-doc-explorer-field-name").allTextContents();
    for (const f of ["search", "partners", "pairs", "roleHistory", "network"]) {
      assert.ok(fields.includes(f), `Docs does not list Query.${f}: ${fields.join(", ")}`);
    }
    await shot(page, "10-playground-docs");

    // Autocompletion: a new line in the query editor, a prefix, and
    // Monaco's suggestions offer the field.
    const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("{ partn");
    await page.keyboard.press("Control+Space");
    const suggestion = page.locator(".monaco-editor .suggest-widget .monaco-list-row", { hasText: "partners" });
    await suggestion.first().waitFor();
    await shot(page, "11-playground-autocomplete");
    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});

async function expectSoon(check, message, ms = 10_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) assert.fail(message);
    await new Promise((r) => setTimeout(r, 100));
  }
}
