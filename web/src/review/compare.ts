// One candidate pair side by side: names, aliases, letters, titles, dates,
// the co-signers they share and the evidence for and against; and, for an
// editor, the decisions: same (merge, keeping either name), different, skip.

import { clear, fmtRange, h, plural } from "../dom";
import type { Candidate, CandidateSide } from "../reviewQueries";
import { current as editing } from "../session";
import { empty } from "../ui/common";
import { askForToken } from "../ui/signIn";

export interface Decide {
  merge(keep: CandidateSide, other: CandidateSide): void;
  different(c: Candidate): void;
  skip(): void;
}

export function renderCompare(root: HTMLElement, c: Candidate | null, decide: Decide): void {
  clear(root);
  if (!c) {
    root.appendChild(empty("Pick a pair on the left to compare its two sides."));
    return;
  }
  const kindWord = c.kind === "person" ? "person" : "organization";
  root.append(
    h(
      "header.compare-head",
      h("div.eyebrow", `Same ${kindWord}?`),
      h("h2.panel-title", { tabindex: "-1" }, `${c.a.name} / ${c.b.name}`),
      h("p.muted", `Score ${c.score.toFixed(1)} · ${c.reason}`),
    ),
    h("div.compare-grid", side(c.a, "A"), side(c.b, "B")),
    h(
      "section.compare-evidence",
      h("h3", "Evidence"),
      h("ul", ...c.evidence.map((e) => h("li", { class: e.startsWith("against") ? "against" : "" }, e))),
      h("p", c.sharedLetters ? h("strong", `Both signed ${plural(c.sharedLetters, "letter")}. `) : "", c.sharedLetters ? "Two names on one letter are nearly always two entities." : "They never signed the same letter."),
      c.sharedCoSigners.length
        ? h("p", h("span.muted", "Co-signers of both: "), c.sharedCoSigners.join(", "))
        : h("p.muted", "No co-signers in common."),
    ),
    decisions(c, decide),
  );
}

function side(s: CandidateSide, label: string): HTMLElement {
  const explorer = (id: string, kind: string) => `/#view=${kind}&id=${encodeURIComponent(id)}`;
  const kind = s.id.startsWith("person:") ? "person" : "org";
  return h(
    "section.compare-side",
    { dataset: { side: label, id: s.id } },
    h("h3", h("a", { href: explorer(s.id, kind), target: "_blank", rel: "noopener" }, [s.honorific, s.name].filter(Boolean).join(" "))),
    h("p.muted.small", s.id),
    h(
      "dl.compare-facts",
      h("dt", "Also named"),
      h("dd", s.aliases.length ? s.aliases.join("; ") : "—"),
      h("dt", "Letters"),
      h("dd", `${s.letterCount} · ${fmtRange(s.firstDate, s.lastDate)}`),
      h("dt", kind === "person" ? "Titles" : "Signed for by"),
      h("dd", s.titles.length ? h("ul.plain", ...s.titles.slice(0, 8).map((t) => h("li", t))) : "—"),
    ),
    h(
      "ul.compare-letters",
      ...s.letters.map((l) => h("li", h("a", { href: explorer(l.id, "letter"), target: "_blank", rel: "noopener" }, `${l.date ?? "undated"} · ${l.title || l.id}`))),
      s.letterCount > s.letters.length ? h("li.muted", `and ${s.letterCount - s.letters.length} more`) : "",
    ),
  );
}

function decisions(c: Candidate, decide: Decide): HTMLElement {
  const ed = editing();
  if (!ed.enabled) return h("p.muted.compare-actions", "Decisions are switched off on this server (start it with serve --edit-token).");
  if (!ed.authorized) {
    return h("div.compare-actions", h("button.btn", { type: "button", onclick: () => void askForToken() }, "Sign in to decide"));
  }
  return h(
    "div.compare-actions",
    { role: "group", "aria-label": "Decision" },
    h("button#keep-a.btn.btn-primary", { type: "button", onclick: () => decide.merge(c.a, c.b), title: `Merge: keep “${c.a.name}”, with “${c.b.name}” as an alias` }, `Same: keep “${short(c.a.name)}”`),
    h("button#keep-b.btn.btn-primary", { type: "button", onclick: () => decide.merge(c.b, c.a), title: `Merge: keep “${c.b.name}”, with “${c.a.name}” as an alias` }, `Same: keep “${short(c.b.name)}”`),
    h("button#different.btn", { type: "button", onclick: () => decide.different(c), title: "Keep them apart; never propose this pair again" }, "Different"),
    h("button#skip.btn.btn-ghost", { type: "button", onclick: () => decide.skip(), title: "Decide later" }, "Skip"),
  );
}

function short(name: string): string {
  return name.length > 32 ? `${name.slice(0, 30)}…` : name;
}
