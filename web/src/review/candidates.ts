// The list of candidate pairs, most likely first, filtered by kind, a page
// at a time; picking one shows it side by side (compare.ts).

import { gql } from "../api";
import { clear, h, plural } from "../dom";
import { Q_CANDIDATES, type Candidate } from "../reviewQueries";
import { empty, errorBox, loading } from "../ui/common";

export type KindFilter = "" | "organization" | "person";

const PAGE = 30;

export class CandidateList {
  readonly el: HTMLElement;
  private list = h("ol#candidates.candidate-list", { "aria-label": "Candidate pairs, most likely first" });
  private count = h("p.muted.candidate-count", { role: "status" });
  private more = h("button.btn.btn-small", { type: "button", hidden: true }, "Show more");
  private items: Candidate[] = [];
  private total = 0;
  private kind: KindFilter = "";
  private selected = -1;
  /** Pairs skipped this session: shown last, marked. */
  private skipped = new Set<string>();

  constructor(private onPick: (c: Candidate | null) => void) {
    const filters = (["", "organization", "person"] as KindFilter[]).map((k) =>
      h("button.tab", { type: "button", role: "tab", dataset: { kind: k }, "aria-selected": String(k === ""), onclick: () => this.filter(k) }, k === "" ? "All" : k === "organization" ? "Organizations" : "People"),
    );
    this.more.addEventListener("click", () => void this.load(true));
    this.el = h(
      "aside.review-list",
      { "aria-label": "Candidate duplicates" },
      h("h2", "Candidate duplicates"),
      h("p.muted.small", "Pairs that may be one organization or person, ranked by the evidence: names, letters, titles, dates and co-signers."),
      h("div.tabs", { role: "tablist", "aria-label": "Kind" }, ...filters),
      this.count,
      this.list,
      this.more,
    );
  }

  private filter(kind: KindFilter): void {
    this.kind = kind;
    this.el.querySelectorAll<HTMLElement>("[role=tab]").forEach((t) => t.setAttribute("aria-selected", String(t.dataset.kind === kind)));
    void this.load(false);
  }

  /** Load the first page (or the next, with more). */
  async load(more = false): Promise<void> {
    if (!more) {
      this.items = [];
      this.selected = -1;
      clear(this.list);
      this.list.appendChild(h("li", loading("Finding candidates…")));
    }
    try {
      const data = await gql<{ duplicateCandidates: { totalCount: number; candidates: Candidate[] } }>(Q_CANDIDATES, {
        kind: this.kind || undefined,
        first: PAGE,
        offset: this.items.length,
      });
      this.total = data.duplicateCandidates.totalCount;
      this.items.push(...data.duplicateCandidates.candidates);
      this.render();
      if (!more) this.pick(this.items.length ? 0 : -1);
    } catch (e) {
      clear(this.list);
      this.list.appendChild(h("li", errorBox(e, () => void this.load(false))));
      this.onPick(null);
    }
  }

  /** The current pair was decided: drop it and show the next. */
  decided(): void {
    if (this.selected < 0) return;
    this.items.splice(this.selected, 1);
    this.total = Math.max(0, this.total - 1);
    const next = Math.min(this.selected, this.items.length - 1);
    this.render();
    this.pick(next);
  }

  /** Skip the current pair: it goes to the end of the list, marked. */
  skip(): void {
    if (this.selected < 0) return;
    const [c] = this.items.splice(this.selected, 1);
    this.skipped.add(pairKey(c));
    this.items.push(c);
    const next = this.selected < this.items.length - 1 ? this.selected : 0;
    this.render();
    this.pick(next);
  }

  private pick(i: number): void {
    this.selected = i;
    this.list.querySelectorAll<HTMLElement>(".candidate").forEach((el, j) => {
      el.setAttribute("aria-current", String(j === i));
      if (j === i) el.scrollIntoView({ block: "nearest" });
    });
    this.onPick(i >= 0 ? this.items[i] : null);
  }

  private render(): void {
    clear(this.list);
    this.count.textContent = this.total
      ? `${plural(this.total, "pair")}${this.items.length < this.total ? `, ${this.items.length} shown` : ""}`
      : "";
    if (this.items.length === 0) {
      this.list.appendChild(h("li", empty("No candidate duplicates left. Every pair has been decided, or the names in the graph are all distinct.")));
    }
    this.items.forEach((c, i) => {
      this.list.appendChild(
        h(
          "li",
          h(
            "button.candidate",
            { type: "button", dataset: { a: c.a.id, b: c.b.id }, class: this.skipped.has(pairKey(c)) ? "skipped" : "", onclick: () => this.pick(i) },
            h("span.candidate-names", h("span", c.a.name), h("span.vs", " / "), h("span", c.b.name)),
            h("span.candidate-meta", h("span.badge", c.kind === "person" ? "person" : "org"), ` score ${c.score.toFixed(1)}`, this.skipped.has(pairKey(c)) ? " · skipped" : ""),
          ),
        ),
      );
    });
    this.more.hidden = this.items.length >= this.total;
  }
}

function pairKey(c: Candidate): string {
  return `${c.a.id}|${c.b.id}`;
}
