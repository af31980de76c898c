// Browser tests of the analyst's review loop against a running `coalition
// serve --edit-token` with the sample corpus loaded: signing in, adding a
// real letter (pasted, and as a PDF), correcting it, two people saving one
// letter, merging two organizations and splitting them again. They change
// the graph, so they run after the explorer's tests (file order).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { BASE, launch, shot, watchConsole } from "./browser.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = join(HERE, "..", "..", "..", "shared", "letters");
const PDF = join(HERE, "..", "..", "edit", "testdata", "white-county-post-office-2007.pdf");
// The tokens `make e2e` starts serve with.
const ALICE = process.env.E2E_TOKEN_ALICE || "e2e-token-alice";
const BOB = process.env.E2E_TOKEN_BOB || "e2e-token-bob";
const TIMEOUT = 30_000;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function newPage(viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  return { context, page, errors: watchConsole(page) };
}

/** Sign in through the header's dialog, as an analyst does once per tab. */
async function signIn(page, token) {
  await page.locator("#sign-in").click();
  await page.locator("#edit-token").fill(token);
  await page.locator("dialog button[type=submit]").click();
  await page.locator(".editing-who").waitFor();
}

/** The partners an organization's panel lists. */
async function partnersOf(page, id) {
  await page.goto(`${BASE}/#view=org&id=${encodeURIComponent(id)}&tab=partners`);
  await page.locator(".rank-row, .state-empty").first().waitFor();
  return page.locator(".rank-row .partner-name").allInnerTexts();
}

/** Fill a signatory's cell: name or organization autocomplete, or a plain field. */
async function fillCell(page, row, field, value) {
  const input = page.locator(`tr.sig-row:nth-child(${row}) [data-field=${field}]`);
  await input.fill(value);
  if (field === "name" || field === "organization") await input.press("Escape"); // close the suggestions
}

async function saveAndWaitForLetter(page) {
  await page.locator("#save-letter").click();
  await page.waitForFunction(() => location.hash.includes("view=letter"), null, { timeout: TIMEOUT });
  await page.locator(".letter-grid .sig-list").first().waitFor();
}

test("review loop: a wrong token is refused, the right one is asked for once", async () => {
  const { context, page, errors } = await newPage();
  try {
    await page.goto(`${BASE}/`);
    await page.locator("#sign-in").waitFor();
    assert.equal(await page.locator("#nav-add").isVisible(), true, "the server takes edits: Add a letter is offered");
    await page.locator("#sign-in").click();
    await page.locator("#edit-token").fill("not-the-token");
    await page.locator("dialog button[type=submit]").click();
    await page.locator("dialog .form-error").waitFor({ state: "visible" });
    assert.match(await page.locator("dialog .form-error").innerText(), /not accepted/);
    await shot(page, "20-wrong-token");
    await page.locator("#edit-token").fill(ALICE);
    await page.locator("dialog button[type=submit]").click();
    await page.locator(".editing-who").waitFor();
    assert.match(await page.locator(".editing-who").innerText(), /Editing as alice/);
    // Asked once: a reload in the same tab is still signed in.
    await page.reload();
    await page.locator(".editing-who").waitFor();
    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});

test("review loop: with editing off the pages show no edit controls", async () => {
  const { context, page, errors } = await newPage();
  try {
    // A server without --edit-token answers editing { enabled: false }.
    await page.route(/\/graphql$/, async (route) => {
      const body = route.request().postData() ?? "";
      if (body.includes("query Editing")) {
        return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ data: { editing: { enabled: false, authorized: false, editor: null } } }) });
      }
      return route.continue();
    });
    await page.goto(`${BASE}/#view=letter&id=${encodeURIComponent(await firstLetterId())}`);
    await page.locator(".letter-grid").waitFor();
    assert.equal(await page.locator("#nav-add").isVisible(), false);
    assert.equal(await page.locator("#sign-in").count(), 0);
    assert.equal(await page.locator("#correct-letter").count(), 0);
    await page.goto(`${BASE}/review`);
    await page.locator(".compare-actions").waitFor();
    assert.match(await page.locator(".compare-actions").innerText(), /switched off/);
    assert.equal(await page.locator("#keep-a").count(), 0);
    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});

test("review loop: paste a real letter, correct a title and an organization, save; partners follow", async () => {
  const { context, page, errors } = await newPage({ width: 1600, height: 1000 });
  try {
    const text = await readFile(join(SHARED, "027_sme-associations-ict-task-force-open-letter-2006.txt"), "utf8");
    await page.goto(`${BASE}/`);
    await signIn(page, ALICE);
    await page.locator("#nav-add").click();
    await page.locator("#paste-letter").fill(text);
    await page.locator("#parse-letter").click();
    await page.locator(".sig-table tr.sig-row").first().waitFor();
    assert.match(await page.locator(".parse-summary").innerText(), /Read 6 signatories from the TEXT, dated 2006-07-03/);
    assert.equal(await page.locator("tr.sig-row").count(), 6);
    // Each signatory's lines are highlighted in the source; unsure ones marked.
    assert.ok((await page.locator(".src-line.sig-first").count()) >= 6);
    assert.equal(await page.locator("#draft-date").inputValue(), "2006-07-03");

    // Correct David Ramsden's title and organization.
    await fillCell(page, 2, "title", "Chair");
    await fillCell(page, 2, "organization", "Professional Contractors Group");
    await page.locator("tr.sig-row:nth-child(2) .entity-status.new[data-for=organization]").waitFor();
    assert.equal(await page.locator("tr.sig-row:nth-child(2)").getAttribute("data-provenance"), "corrected");
    await shot(page, "21-add-letter");
    await saveAndWaitForLetter(page);
    assert.match(await page.locator(".toast, #toast").innerText(), /Letter saved/);
    assert.equal(await page.locator(".badge-corrected").count(), 1, "one signatory saved as corrected");

    // The corrected organization co-signs with the other five at once.
    let partners = await partnersOf(page, "org:professional-contractors-group");
    assert.equal(partners.length, 5, `partners: ${partners}`);
    assert.ok(partners.includes("CEA-PME"), `partners: ${partners}`);

    // Correct the stored letter: CEA-PME was UEAPME. The partners follow.
    await page.goto(`${BASE}/#view=org&id=org:professional-contractors-group&tab=letters`);
    await page.locator(".letter-row .letter-title").first().click();
    await page.locator("#correct-letter").click();
    await page.locator(".sig-table tr.sig-row").first().waitFor();
    await fillCell(page, 3, "organization", "UEAPME");
    await page.locator("#save-letter").click();
    await page.waitForFunction(() => location.hash.includes("view=letter"));
    partners = await partnersOf(page, "org:professional-contractors-group");
    assert.ok(partners.includes("UEAPME") && !partners.includes("CEA-PME"), `partners after the correction: ${partners}`);
    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});

test("review loop: drop a PDF letter and save it", async () => {
  const { context, page, errors } = await newPage();
  try {
    await page.goto(`${BASE}/#view=add`);
    await signIn(page, ALICE);
    await page.locator("#letter-file").setInputFiles(PDF);
    await page.locator(".sig-table tr.sig-row").first().waitFor();
    assert.match(await page.locator(".parse-summary").innerText(), /from the PDF/);
    assert.equal(await page.locator("tr.sig-row").count(), 3);
    assert.equal(await page.locator("tr.sig-row:nth-child(1) [data-field=name]").inputValue(), "Chris R. Nonnemaker");
    await saveAndWaitForLetter(page);
    assert.match(await page.locator(".panel-head").innerText(), /2007-09-26/);
    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});

test("review loop: two people correct one letter; the second is told, nothing is lost", async () => {
  const a = await newPage();
  const b = await newPage();
  try {
    const id = await firstLetterId();
    for (const [p, token] of [[a.page, ALICE], [b.page, BOB]]) {
      await p.goto(`${BASE}/#view=correct&id=${encodeURIComponent(id)}`);
      await signIn(p, token);
      await p.locator(".sig-table tr.sig-row").first().waitFor();
    }
    await a.page.locator("#draft-title").fill("Title from alice");
    await a.page.locator("#save-letter").click();
    await a.page.waitForFunction(() => location.hash.includes("view=letter"));
    await b.page.locator("#draft-title").fill("Title from bob");
    await b.page.locator("#save-letter").click();
    const box = b.page.locator(".form-errors[data-code=CONFLICT]");
    await box.waitFor();
    assert.match(await box.innerText(), /Someone else saved first[\s\S]*alice/);
    await shot(b.page, "22-conflict");
    // Bad input is refused with the field named, and nothing is written.
    await b.page.reload();
    await b.page.locator(".sig-table tr.sig-row").first().waitFor();
    await b.page.locator("#draft-date").fill("2019-02-30");
    await b.page.locator("#save-letter").click();
    const invalid = b.page.locator(".form-errors[data-code=INVALID_ARGUMENT]");
    await invalid.waitFor();
    assert.match(await invalid.innerText(), /date: "2019-02-30" is not a date/);
    await a.page.reload();
    await a.page.locator(".panel-title").waitFor();
    assert.match(await a.page.locator(".panel-title").innerText(), /Title from alice/);
    a.errors.assertNone(assert);
    b.errors.assertNone(assert);
  } finally {
    await a.context.close();
    await b.context.close();
  }
});

test("review loop: merge two organizations, see their letters combined, split them again", async () => {
  const { context, page, errors } = await newPage();
  try {
    const keep = "org:national-council-of-la-raza";
    const other = "org:nclr";
    const lettersBefore = await lettersOf(page, keep);
    const otherLetters = await lettersOf(page, other);
    assert.ok(lettersBefore.length >= 1 && otherLetters.length >= 1);

    await page.goto(`${BASE}/review`);
    await signIn(page, ALICE);
    const pair = page.locator(`.candidate[data-a="${other}"][data-b="${keep}"], .candidate[data-a="${keep}"][data-b="${other}"]`);
    await pair.click();
    await page.locator(`.compare-side[data-id="${keep}"]`).waitFor();
    await shot(page, "23-review");
    const keepSide = await page.locator(`.compare-side[data-id="${keep}"]`).getAttribute("data-side");
    await page.locator(keepSide === "A" ? "#keep-a" : "#keep-b").click();
    await page.locator(".review-message").waitFor({ state: "visible" });
    assert.match(await page.locator(".review-message").innerText(), /Merged “NCLR” into “National Council of La Raza”/);
    await page.locator(".decision[data-status=merged]").first().waitFor();
    assert.match(await page.locator(".decision").first().innerText(), /by alice/);

    const merged = await lettersOf(page, keep);
    assert.equal(merged.length, lettersBefore.length + otherLetters.length, `letters after the merge: ${merged}`);
    assert.match(await page.locator(".panel-content").innerText(), /NCLR/, "the merged name is an alias");

    await page.goto(`${BASE}/review`);
    await page.locator(".decision[data-status=merged] .decision-undo").first().click();
    await page.locator(".decision[data-status=split]").first().waitFor();
    assert.deepEqual(await lettersOf(page, keep), lettersBefore);
    assert.deepEqual(await lettersOf(page, other), otherLetters);
    errors.assertNone(assert);
  } finally {
    await context.close();
  }
});

/** The letter titles an organization's Letters tab lists. */
async function lettersOf(page, id) {
  await page.goto(`${BASE}/#view=org&id=${encodeURIComponent(id)}&tab=letters`);
  await page.locator(".letter-row, .state-empty, .state-error").first().waitFor();
  return (await page.locator(".letter-row .letter-title").allInnerTexts()).sort();
}

async function firstLetterId() {
  const res = await fetch(`${BASE}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query: '{ letters(filter: { organization: "org:council-for-global-equality" }, first: 1) { edges { node { id } } } }' }),
  });
  const body = await res.json();
  return body.data.letters.edges[0].node.id;
}
