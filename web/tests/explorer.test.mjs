// Browser tests of the explorer against a running `coalition serve` with the
// sample corpus (data/letters) loaded. COALITION_URL picks the server.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { BASE, launch, shot, watchConsole } from "./browser.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const TIMEOUT = 30_000;

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  return { context, page, errors: watchConsole(page) };
}

/** Type into an autocomplete, then pick the option of `kind` whose name matches, with the keyboard. */
async function pickFromAutocomplete(page, inputSelector, text, kind, namePattern) {
  const input = page.locator(inputSelector);
  await input.fill("");
  await input.pressSequentially(text, { delay: 15 });
  const listId = await input.getAttribute("aria-controls");
  // wait for the suggestions for the whole text, not those of a prefix
  // typed while the machine was slow
  await page.locator(`#${listId}[data-query="${text}"]`).waitFor({ state: "attached" });
  const options = page.locator(`#${listId} [role=option]`);
  await options.first().waitFor();
  const all = await options.evaluateAll((els) => els.map((e) => ({ kind: e.dataset.kind, text: e.querySelector(".ac-name")?.textContent ?? "" })));
  const index = all.findIndex((o) => o.kind === kind && namePattern.test(o.text));
  assert.ok(index >= 0, `no ${kind} matching ${namePattern} among suggestions for "${text}": ${JSON.stringify(all)}`);
  for (let i = 0; i <= index; i++) await input.press("ArrowDown");
  assert.equal(await options.nth(index).getAttribute("aria-selected"), "true");
  await input.press("Enter");
  return all[index].text;
}

async function waitForNetwork(page) {
  await page.waitForFunction(() => ["ready", "empty", "error"].includes(document.body.dataset.network), null, { timeout: TIMEOUT });
  const state = await page.evaluate(() => document.body.dataset.network);
  if (state === "error") {
    const message = await page.locator("#stage-status").innerText();
    assert.fail(`the network did not load: ${message}`);
  }
  assert.equal(state, "ready", "the network is empty");
}

test("explorer: search, partners, person timeline, letter, path, PNG export", async () => {
  const { context, page, errors } = await newPage();
  try {
    await page.goto(`${BASE}/`);
    await assert.doesNotReject(page.locator("header .brand").getByText("Coalition Graph Explorer").waitFor());
    await waitForNetwork(page);

    // The network is drawn with WebGL by sigma and summarized in the sidebar.
    const layers = await page.locator("#graph canvas").count();
    assert.ok(layers >= 3, `expected sigma's canvas layers, got ${layers}`);
    const orgCount = Number((await page.locator("#summary strong").first().innerText()).replace(/,/g, ""));
    assert.ok(orgCount >= 2, `expected organizations in view, got ${orgCount}`);
    assert.ok((await page.locator("#top-nodes li").count()) >= 2);
    await page.waitForFunction(() => document.getElementById("graph")?.dataset.layout === "settled", null, { timeout: 20_000 });
    await shot(page, "01-network");

    // ---- search an organization of the sample corpus, open it with Enter
    const picked = await pickFromAutocomplete(page, "#search-input", "Council for Global Eq", "ORGANIZATION", /Council for Global Equality/i);
    assert.match(picked, /Council for Global Equality/i);
    const panel = page.locator("#panel");
    await panel.locator(".panel-title", { hasText: /Council for Global Equality/i }).waitFor();
    assert.equal(await panel.getAttribute("data-view"), "org");
    assert.match(page.url(), /view=org/);
    assert.match(decodeURIComponent(page.url()), /id=org:council-for-global-equality/);

    // ---- partners (ranked by shared letters by default)
    assert.equal(await panel.locator("[role=tab][data-tab=partners]").getAttribute("aria-selected"), "true");
    const adl = panel.locator(".rank-row .partner-name", { hasText: "Anti-Defamation League" });
    await adl.waitFor();
    const partnerCount = await panel.locator(".rank-row").count();
    assert.ok(partnerCount >= 2, `expected several partners, got ${partnerCount}`);
    await shot(page, "02-organization-partners");

    // switch the ranking to Jaccard: the URL carries it and a reload restores it
    await panel.locator("[data-order=JACCARD]").click();
    await page.waitForFunction(() => location.hash.includes("order=JACCARD"));
    await panel.locator(".rank-row").first().waitFor();
    assert.equal(await panel.locator("[data-order=JACCARD]").getAttribute("aria-checked"), "true");
    const jaccardValues = await panel.locator(".rank-value").allInnerTexts();
    assert.ok(jaccardValues.length > 0 && jaccardValues.every((v) => /^\d\.\d{3}$/.test(v)), `Jaccard values: ${jaccardValues}`);
    const sorted = [...jaccardValues].map(Number).sort((a, b) => b - a);
    assert.deepEqual(jaccardValues.map(Number), sorted, "partners are not ranked by Jaccard");
    await page.reload();
    await waitForNetwork(page);
    await panel.locator(".panel-title", { hasText: /Council for Global Equality/i }).waitFor();
    assert.equal(await panel.locator("[data-order=JACCARD]").getAttribute("aria-checked"), "true");

    // the letters tab lists what it signed, with dates and recipients
    await panel.locator("[role=tab][data-tab=letters]").click();
    await panel.locator(".letter-row").first().waitFor();
    assert.ok((await panel.locator(".letter-row .letter-date").first().innerText()).length > 0);

    // ---- a person's role timeline: a National Council on Disability chair
    await pickFromAutocomplete(page, "#search-input", "National Council on Disab", "ORGANIZATION", /National Council on Disability/i);
    await panel.locator(".panel-title", { hasText: /National Council on Disability/i }).waitFor();
    await panel.locator("[role=tab][data-tab=people]").click();
    await panel.locator(".person-row").first().waitFor();
    const chair = panel.locator(".person-row").filter({ has: page.locator(".titles .title", { hasText: /chair/i }) }).first();
    assert.ok((await chair.count()) > 0, "no chair among the National Council on Disability's people");
    const chairName = (await chair.locator(".person-name").innerText()).trim();
    await chair.locator(".person-name").click();
    await panel.locator(".panel-title", { hasText: chairName }).waitFor();
    assert.equal(await panel.getAttribute("data-view"), "person");
    const ncdRole = panel.locator(".tl-row").filter({ has: page.locator(".tl-org", { hasText: /National Council on Disability/i }) });
    await ncdRole.first().waitFor();
    assert.match(await ncdRole.first().locator(".tl-title").innerText(), /chair/i);
    assert.match(await ncdRole.first().locator(".tl-when").innerText(), /first seen \d{4}.*last seen \d{4}/);
    assert.ok((await ncdRole.first().locator(".tl-bar").count()) === 1, "the role has no bar on the timeline");
    const evidence = ncdRole.first().locator(".tl-evidence");
    assert.ok((await evidence.count()) === 1, "the role shows no evidence letters");
    await shot(page, "03-person-timeline");

    // ---- a letter: structured view beside the source, signature lines highlighted
    if (!(await evidence.evaluate((d) => d.open))) await evidence.locator("summary").click();
    await evidence.locator("button.link").first().click();
    await panel.locator(".letter-grid").waitFor();
    assert.equal(await panel.getAttribute("data-view"), "letter");
    const signatories = panel.locator(".signatory");
    const nSig = await signatories.count();
    assert.ok(nSig >= 1, "the letter shows no signatories");
    assert.ok(
      (await panel.locator(".signatory .sig-person", { hasText: chairName }).count()) >= 1,
      `${chairName} is not among the letter's signatories`,
    );
    const highlighted = panel.locator(".src-line.sig-first");
    assert.ok((await highlighted.count()) >= 1, "no source line is highlighted");
    // every signature's highlighted line holds the signer's surname
    const checks = await panel.evaluate(() =>
      Array.from(document.querySelectorAll(".signatory")).flatMap((li) => {
        const name = li.querySelector("button.sig-person")?.textContent?.trim();
        const ref = li.querySelector(".line-ref")?.textContent?.replace(/^L/, "");
        if (!name || !ref) return [];
        const block = Array.from(document.querySelectorAll(`.src-line[data-sig="${li.dataset.position}"] .lt`))
          .map((e) => e.textContent)
          .join(" ");
        const surname = name.split(/\s+/).filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/i.test(w)).pop();
        return [{ name, line: ref, ok: block.toLowerCase().includes(surname.toLowerCase()), block }];
      }),
    );
    assert.ok(checks.length >= 1, "no signature has a source line");
    const bad = checks.filter((c) => !c.ok);
    assert.deepEqual(bad, [], "signature lines that do not show the signer");
    // the source text is numbered from 1
    assert.equal(await panel.locator(".src-line").first().getAttribute("data-line"), "1");
    await panel.locator(".line-ref").first().click();
    await panel.locator(".src-line.sig-active").first().waitFor();
    await shot(page, "04-letter");

    // ---- path finder between two organizations
    await page.locator("#nav-path").click();
    await pickFromAutocomplete(page, "#path-from", "Council for Global Eq", "ORGANIZATION", /Council for Global Equality/i);
    await pickFromAutocomplete(page, "#path-to", "Anti-Defamation", "ORGANIZATION", /Anti-Defamation League/i);
    await panel.locator(".path-step").first().waitFor();
    const steps = await panel.locator(".path-step .path-node").allInnerTexts();
    assert.ok(steps.length >= 2, `path has ${steps.length} steps`);
    assert.match(steps[0], /Council for Global Equality/i);
    assert.match(steps[steps.length - 1], /Anti-Defamation League/i);
    assert.match(decodeURIComponent(page.url()), /pfrom=org:council-for-global-equality/);
    await shot(page, "05-path");

    // ---- Escape closes the panel
    await page.locator("#panel .panel-title").focus();
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.getElementById("panel")?.hidden === true);
    assert.doesNotMatch(page.url(), /view=/);

    // ---- export PNG: a real PNG of the drawn graph
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-png").click()]);
    assert.match(download.suggestedFilename(), /\.png$/);
    const png = await readFile(await download.path());
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "not a PNG");
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.ok(width > 400 && height > 300, `PNG is ${width}x${height}`);
    // it is not blank: count coloured (non-grey) pixels, i.e. the nodes
    const coloured = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 40) n++;
      return n;
    }, png.toString("base64"));
    assert.ok(coloured > 200, `the exported PNG looks blank (${coloured} coloured pixels)`);
    await shot(page, "06-after-export");

    // GEXF and CSV exports of the same view
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
    const gexfText = await readFile(await gexf.path(), "utf8");
    assert.match(gexfText, /<gexf xmlns="http:\/\/gexf.net\/1.3"/);
    assert.ok((gexfText.match(/<node /g) ?? []).length >= 2);
    const [nodesCsv] = await Promise.all([page.waitForEvent("download"), page.locator("#export-nodes").click()]);
    const csv = await readFile(await nodesCsv.path(), "utf8");
    assert.match(csv.split("\r\n")[0], /^id,label,kind,letters,community/);
    assert.ok(csv.trim().split("\r\n").length >= 3);

    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});

test("explorer: focus and the year window travel in the URL", async () => {
  const { context, page, errors } = await newPage();
  try {
    await page.goto(`${BASE}/#focus=org:council-for-global-equality&depth=1&min=1`);
    await waitForNetwork(page);
    assert.match(await page.locator("#focus-name").innerText(), /Council for Global Equality/i);
    assert.equal(await page.locator("#focus-depth").inputValue(), "1");
    const ids = await page.evaluate(() => window.__coalition.view.graph.nodes());
    assert.ok(ids.includes("org:council-for-global-equality"), "the focus is not in the graph");
    assert.ok(ids.includes("org:anti-defamation-league"), "a co-signer of the focus is missing");

    // Expanding a neighbour adds its co-signers; the communities shown are
    // then the server's for everything drawn, not the page's own.
    await page.evaluate(() => window.__coalition.expand("org:anti-defamation-league"));
    await page.waitForFunction(() => /^Added \d+ organizations? around/.test(document.getElementById("toast").textContent ?? ""));
    const drawn = await page.evaluate(() =>
      window.__coalition.view.graph.filterNodes((_, a) => a.kind === "ORGANIZATION").map((id) => [id, window.__coalition.view.graph.getNodeAttribute(id, "community")]),
    );
    const res = await fetch(`${BASE}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        query: "query($m: [ID!]) { network(minShared: 1, members: $m) { nodes { id community } } }",
        variables: { m: drawn.map(([id]) => id) },
      }),
    });
    const server = new Map((await res.json()).data.network.nodes.map((n) => [n.id, n.community]));
    for (const [id, community] of drawn) assert.equal(community, server.get(id), `community of ${id}`);

    // clearing the focus goes back to the busiest organizations
    await page.locator("#focus-clear").click();
    await page.waitForFunction(() => !location.hash.includes("focus="));
    await waitForNetwork(page);
    assert.match(await page.locator("#focus-name").innerText(), /Whole network/);

    // a window with no letters at all gives the empty state, not an error
    await page.locator("#year-from").fill("1800");
    await page.locator("#year-to").fill("1801");
    await page.locator("#year-to").press("Enter");
    await page.waitForFunction(() => location.hash.includes("from=1800") && location.hash.includes("to=1801"));
    await page.waitForFunction(() => document.body.dataset.network !== "loading");
    assert.equal(await page.evaluate(() => document.body.dataset.network), "empty");
    assert.match(await page.locator("#stage-status").innerText(), /No results/);
    await shot(page, "07-empty-window");
    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});

test("explorer: a panel rebuilt while its first query is in flight is the one shown", async () => {
  const { context, page, errors } = await newPage();
  try {
    // The editing check rebuilds the open panel. Hold the first organization
    // query until the rebuilt panel's own query has answered, so the stale
    // panel answers last: it must not draw over the live one.
    let orgQueries = 0;
    let releaseFirst;
    const secondDone = new Promise((r) => (releaseFirst = r));
    await page.route(/\/graphql$/, async (route) => {
      if (!/query Organization\b/.test(route.request().postData() ?? "")) return route.continue();
      const n = ++orgQueries;
      if (n === 1) {
        await Promise.race([secondDone, new Promise((r) => setTimeout(r, 5_000))]);
        return route.continue();
      }
      await route.continue();
      setTimeout(releaseFirst, 300);
    });
    await page.goto(`${BASE}/#view=org&id=org:council-for-global-equality`);
    const panel = page.locator("#panel");
    await panel.locator(".panel-title", { hasText: /Council for Global Equality/i }).waitFor();
    await page.waitForFunction(() => document.body.dataset.editing !== undefined);
    await page.waitForTimeout(800);
    assert.ok(orgQueries >= 2, `the panel was not rebuilt (organization queries: ${orgQueries})`);
    assert.equal(await panel.locator(".panel-title").count(), 1, "two panels are drawn");
    await panel.locator("[role=tab][data-tab=letters]").click();
    await panel.locator(".letter-row").first().waitFor({ timeout: 5_000 });
    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});

test("explorer: says Neo4j is unreachable when the API answers UNAVAILABLE", async () => {
  const { context, page, errors } = await newPage();
  try {
    // Only this test rewrites the API's answer, to reach the error state on demand.
    await page.route(/\/graphql$/, (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({ data: null, errors: [{ message: "neo4j: connection refused", extensions: { code: "UNAVAILABLE" } }] }),
      }),
    );
    await page.goto(`${BASE}/`);
    await page.waitForFunction(() => document.body.dataset.network === "error");
    assert.match(await page.locator("#stage-status").innerText(), /Neo4j is unreachable/);
    assert.match(await page.locator("#banner").innerText(), /Neo4j is unreachable/);
    await shot(page, "08-unavailable");
    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});
