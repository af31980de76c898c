// The letter editor, for a letter being added or corrected: the source
// text on one side with each signatory's lines highlighted (the parser's
// unsure ones marked), and every field on the other, in a table with add,
// remove and reorder. Organization and person fields suggest entities from
// the graph and say when a value will create a new one. Save sends the
// draft; the server checks every field and the version.

import { ApiError, gql } from "../api";
import { clear, debounce, h, plural } from "../dom";
import type { SearchHit } from "../queries";
import { M_SAVE_LETTER, Q_RESOLVE_NAMES, letterInput, type LetterDraft, type NameMatch, type PartyDraft, type SignatoryDraft } from "../reviewQueries";
import { createAutocomplete } from "./autocomplete";
import { sourceText } from "./sourceText";

export interface EditorOptions {
  /** "add" saves a new letter; "correct" a correction from draft.version. */
  mode: "add" | "correct";
  /** After a save: the letter's id. */
  onSaved: (letterId: string, version: number) => void;
  onCancel: () => void;
}

/** Below this the parser's reading is marked for checking. */
const LOW_CONFIDENCE = 0.6;

type Sig = SignatoryDraft & { key: number };

export function draftEditor(draft: LetterDraft, opts: EditorOptions): HTMLElement {
  let nextKey = 0;
  const d = {
    ...draft,
    recipients: draft.recipients.map((p) => ({ ...p })),
    cc: draft.cc.map((p) => ({ ...p })),
    signatories: draft.signatories.map((s): Sig => ({ ...s, key: nextKey++ })),
  };
  const source = sourceText(
    d.text,
    d.signatories.map((s) => ({ key: s.key, line: s.line, endLine: s.endLine, flagged: flagged(s) })),
  );
  const tbody = h("tbody");
  const resolved = new Map<string, NameMatch>(); // "organization|name" → match
  const errors = h("div.form-errors", { role: "alert", hidden: true });
  const saveBtn = h("button", { id: "save-letter", class: "btn btn-primary", type: "submit" }, opts.mode === "add" ? "Save letter" : "Save correction");
  const countEl = h("span.muted");

  const resolveAll = debounce(async () => {
    const orgs = new Set<string>();
    const people = new Set<string>();
    for (const s of d.signatories) {
      if (s.organization?.trim() && !s.organizationId) orgs.add(s.organization.trim());
      if (s.name?.trim() && !s.personId) people.add(s.name.trim());
    }
    const todo = { organizations: [...orgs].filter((n) => !resolved.has(`organization|${n}`)), people: [...people].filter((n) => !resolved.has(`person|${n}`)) };
    if (todo.organizations.length + todo.people.length === 0) return paintStatus();
    try {
      const data = await gql<{ resolveNames: NameMatch[] }>(Q_RESOLVE_NAMES, todo);
      for (const m of data.resolveNames) resolved.set(`${m.kind}|${m.name}`, m);
    } catch {
      /* the badges stay unknown; the save still resolves the names */
    }
    paintStatus();
  }, 250);

  // ---- signatory rows
  const rowOf = (s: Sig, i: number): HTMLElement => {
    const n = i + 1;
    const field = (key: "honorific" | "title", label: string, size: string) =>
      h("input", {
        type: "text",
        class: `cell-input ${size}`,
        value: s[key] ?? "",
        "aria-label": `Signatory ${n} ${label}`,
        dataset: { field: key },
        oninput: (e: Event) => edit(s, { [key]: (e.target as HTMLInputElement).value }),
      });
    const entity = (kind: "PERSON" | "ORGANIZATION") => {
      const isOrg = kind === "ORGANIZATION";
      const ac = createAutocomplete({
        id: `sig-${s.key}-${isOrg ? "org" : "name"}`,
        label: `Signatory ${n} ${isOrg ? "organization" : "name"}`,
        placeholder: isOrg ? "Organization" : "Name",
        kinds: [kind],
        compact: true,
        field: {
          value: (isOrg ? s.organization : s.name) ?? "",
          onInput: (text) => edit(s, isOrg ? { organization: text, organizationId: null } : { name: text, personId: null }),
        },
        onSelect: (hit: SearchHit) => edit(s, isOrg ? { organization: hit.name, organizationId: hit.id } : { name: hit.name, personId: hit.id }),
      });
      ac.input.dataset.field = isOrg ? "organization" : "name";
      return h("div.entity-cell", ac.el, h("span.entity-status", { dataset: { for: isOrg ? "organization" : "name" } }));
    };
    const move = (delta: number, label: string, symbol: string) =>
      h("button.icon-btn", {
        type: "button",
        "aria-label": `${label} signatory ${n}`,
        title: label,
        disabled: (delta < 0 && i === 0) || (delta > 0 && i === d.signatories.length - 1),
        onclick: () => reorder(i, delta),
      }, symbol);
    return h(
      "tr.sig-row",
      { dataset: { key: String(s.key), provenance: s.provenance }, class: flagged(s) ? "flagged" : "", onfocusin: () => source.jump(s.key) },
      h("td.num", String(n)),
      h("td", field("honorific", "honorific", "cell-short")),
      h("td", entity("PERSON")),
      h("td", field("title", "title", "cell-wide")),
      h("td", entity("ORGANIZATION")),
      h("td.sig-state", stateBadges(s)),
      h(
        "td.sig-actions",
        move(-1, "Move up", "↑"),
        move(1, "Move down", "↓"),
        h("button.icon-btn.danger", { type: "button", "aria-label": `Remove signatory ${n}`, title: "Remove", onclick: () => remove(i) }, "×"),
      ),
    );
  };

  const renderRows = () => {
    clear(tbody);
    d.signatories.forEach((s, i) => tbody.appendChild(rowOf(s, i)));
    countEl.textContent = plural(d.signatories.length, "signatory", "signatories");
    paintStatus();
    resolveAll();
  };

  /** The "in the graph" / "new" badge beside each name and organization. */
  const paintStatus = () => {
    tbody.querySelectorAll<HTMLElement>("tr.sig-row").forEach((tr) => {
      const s = d.signatories.find((x) => String(x.key) === tr.dataset.key);
      if (!s) return;
      for (const which of ["name", "organization"] as const) {
        const el = tr.querySelector<HTMLElement>(`.entity-status[data-for="${which}"]`);
        if (!el) continue;
        const value = (which === "name" ? s.name : s.organization)?.trim() ?? "";
        const id = which === "name" ? s.personId : s.organizationId;
        const m = resolved.get(`${which === "name" ? "person" : "organization"}|${value}`);
        el.className = "entity-status";
        if (!value) el.textContent = "";
        else if (id) set(el, "known", "in graph", `Kept as ${id}`);
        else if (!m) set(el, "", "…", "Checking the graph");
        else if (m.exists) set(el, "known", "in graph", `Resolves to ${m.existing} (${m.id})`);
        else set(el, "new", "new", `Saving creates ${m.id}`);
      }
    });
  };

  const edit = (s: Sig, patch: Partial<Sig>) => {
    Object.assign(s, patch, { provenance: "corrected" });
    const tr = tbody.querySelector<HTMLElement>(`tr[data-key="${s.key}"]`);
    if (tr) {
      tr.dataset.provenance = "corrected";
      tr.classList.remove("flagged");
      const cell = tr.querySelector(".sig-state");
      if (cell) {
        clear(cell);
        cell.append(stateBadges(s));
      }
    }
    paintStatus();
    resolveAll();
  };
  const reorder = (i: number, delta: number) => {
    const j = i + delta;
    if (j < 0 || j >= d.signatories.length) return;
    [d.signatories[i], d.signatories[j]] = [d.signatories[j], d.signatories[i]];
    renderRows();
    tbody.querySelector<HTMLElement>(`tr[data-key="${d.signatories[j].key}"] .sig-actions button`)?.focus();
  };
  const remove = (i: number) => {
    d.signatories.splice(i, 1);
    renderRows();
  };
  const addRow = () => {
    d.signatories.push({
      key: nextKey++, honorific: null, name: "", title: "", organization: "", personId: null, organizationId: null,
      line: null, endLine: null, confidence: null, reason: null, provenance: "corrected",
    });
    renderRows();
    tbody.querySelector<HTMLInputElement>("tr:last-child input[data-field=name]")?.focus();
  };

  // ---- letter fields
  const date = h("input#draft-date", {
    type: "text", value: d.date ?? "", placeholder: "YYYY-MM-DD", inputmode: "numeric", pattern: "\\d{4}-\\d{2}-\\d{2}",
    oninput: (e: Event) => (d.date = (e.target as HTMLInputElement).value.trim() || null),
  });
  const title = h("input#draft-title", { type: "text", value: d.title ?? "", oninput: (e: Event) => (d.title = (e.target as HTMLInputElement).value) });

  const form = h(
    "form.draft-form",
    { novalidate: true, "aria-label": "Letter fields" },
    h(
      "div.field-grid",
      h("label.field", h("span", "Date"), date),
      h("label.field.grow", h("span", "Title"), title),
    ),
    partiesEditor("Recipients", "recipient", d.recipients),
    partiesEditor("Cc", "cc", d.cc),
    h("div.table-head", h("h3", "Signatories"), countEl, h("span.legend-note", h("span.badge.badge-flag", "check"), " the parser is unsure · ", h("span.badge.badge-corrected", "corrected"), " changed by you")),
    h(
      "div.table-scroll",
      h(
        "table.sig-table",
        h("thead", h("tr", h("th", "#"), h("th", "Hon."), h("th", "Name"), h("th", "Title"), h("th", "Organization"), h("th", "Reading"), h("th", h("span.visually-hidden", "Actions")))),
        tbody,
      ),
    ),
    h("button#add-signatory.btn.btn-small", { type: "button", onclick: addRow }, "+ Add signatory"),
    errors,
    h("div.form-actions", h("button.btn.btn-ghost", { type: "button", onclick: opts.onCancel }, "Cancel"), saveBtn),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    errors.hidden = true;
    saveBtn.disabled = true;
    saveBtn.textContent = "Saving…";
    try {
      const data = await gql<{ saveLetter: { version: number; letter: { id: string } } }>(M_SAVE_LETTER, { input: letterInput(d) });
      opts.onSaved(data.saveLetter.letter.id, data.saveLetter.version);
    } catch (err) {
      showError(errors, err);
    } finally {
      saveBtn.disabled = false;
      saveBtn.textContent = opts.mode === "add" ? "Save letter" : "Save correction";
    }
  });
  renderRows();
  return h("div.letter-grid.draft-editor", h("section.letter-structured", form), source.el);
}

function flagged(s: SignatoryDraft): boolean {
  return s.provenance === "parsed" && (!!s.reason || (s.confidence != null && s.confidence < LOW_CONFIDENCE));
}

function stateBadges(s: SignatoryDraft): HTMLElement {
  if (s.provenance === "corrected") return h("span.badge.badge-corrected", { title: "Changed or added by you: saved as corrected" }, "corrected");
  if (flagged(s)) {
    const conf = s.confidence != null ? ` (confidence ${Math.round(s.confidence * 100)}%)` : "";
    return h("span.badge.badge-flag", { title: `${s.reason ?? "The parser is unsure"}${conf}` }, "check");
  }
  return h("span.badge.badge-parsed", { title: s.confidence != null ? `Confidence ${Math.round(s.confidence * 100)}%` : "As parsed" }, "parsed");
}

function set(el: HTMLElement, cls: string, text: string, title: string) {
  if (cls) el.classList.add(cls);
  el.textContent = text;
  el.title = title;
}

/** Recipients or cc: a row each, name, title and organization. */
function partiesEditor(label: string, id: string, parties: PartyDraft[]): HTMLElement {
  const list = h("div.party-list");
  const render = () => {
    clear(list);
    parties.forEach((p, i) => {
      const input = (key: "name" | "title" | "organization", ph: string) =>
        h("input", {
          type: "text", class: "cell-input", value: p[key] ?? "", placeholder: ph, "aria-label": `${label} ${i + 1} ${key}`,
          oninput: (e: Event) => (p[key] = (e.target as HTMLInputElement).value),
        });
      list.appendChild(
        h(
          "div.party-row",
          input("name", "Name"),
          input("title", "Title"),
          input("organization", "Organization"),
          h("button.icon-btn.danger", { type: "button", "aria-label": `Remove ${label.toLowerCase()} ${i + 1}`, onclick: () => { parties.splice(i, 1); render(); } }, "×"),
        ),
      );
    });
    if (parties.length === 0) list.appendChild(h("p.muted.small", `No ${label.toLowerCase()}.`));
  };
  render();
  return h(
    "fieldset.parties",
    { id: `draft-${id}` },
    h("legend", label),
    list,
    h("button.btn.btn-small.btn-ghost", { type: "button", onclick: () => { parties.push({ honorific: null, name: "", title: "", organization: "" }); render(); } }, `+ Add ${label === "Cc" ? "cc" : "recipient"}`),
  );
}

/** The server's refusal in the form: what is wrong, or that someone saved first. */
export function showError(box: HTMLElement, err: unknown): void {
  clear(box);
  box.hidden = false;
  const code = err instanceof ApiError ? err.code : undefined;
  box.dataset.code = code ?? "error";
  const msg = err instanceof ApiError ? err.friendly : String(err);
  const head =
    code === "CONFLICT" ? "Someone else saved first." :
    code === "FORBIDDEN" ? "Not allowed." :
    code === "INVALID_ARGUMENT" ? "Please fix these fields." : "Could not save.";
  const parts = code === "INVALID_ARGUMENT" ? msg.replace(/^the letter cannot be saved: /, "").split("; ") : [msg];
  box.append(h("strong", head), parts.length > 1 ? h("ul", ...parts.map((p) => h("li", p))) : h("p", parts[0]));
}
