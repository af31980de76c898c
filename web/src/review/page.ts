// The review page: candidate pairs on the left (candidates.ts), the chosen
// pair side by side with the decisions (compare.ts), and the decisions made
// so far with undo and the aliases file (decisions.ts).

import { ApiError, gql, onBusy } from "../api";
import { clear, h } from "../dom";
import { mountHeader } from "../header";
import { M_KEEP_APART, M_MERGE, M_UNDO, type Candidate, type CandidateSide, type Decision } from "../reviewQueries";
import { onEditing } from "../session";
import { CandidateList } from "./candidates";
import { renderCompare } from "./compare";
import { DecisionList } from "./decisions";

export function startReview(): void {
  const root = document.getElementById("review")!;
  const banner = document.getElementById("banner")!;
  const compare = h("section.review-compare", { "aria-label": "The pair side by side", "aria-live": "polite" });
  const message = h("div.review-message", { role: "status", hidden: true });
  let current: Candidate | null = null;

  const say = (text: string, link?: { href: string; label: string }) => {
    clear(message);
    message.hidden = !text;
    message.append(text, link ? h("a", { href: link.href }, ` ${link.label}`) : "");
  };
  const fail = (e: unknown) => {
    clear(banner);
    banner.hidden = false;
    banner.dataset.code = e instanceof ApiError ? e.code ?? e.kind : "error";
    banner.append(
      h("strong", "Not done. "),
      e instanceof ApiError ? e.friendly : String(e),
      h("button.banner-close", { type: "button", "aria-label": "Dismiss", onclick: () => (banner.hidden = true) }, "×"),
    );
  };

  const act = async (run: () => Promise<void>) => {
    banner.hidden = true;
    compare.querySelectorAll<HTMLButtonElement>(".compare-actions button").forEach((b) => (b.disabled = true));
    try {
      await run();
    } catch (e) {
      fail(e);
      renderCompare(compare, current, decide);
    }
  };
  const decide = {
    merge: (keep: CandidateSide, other: CandidateSide) =>
      void act(async () => {
        await gql<{ mergeEntities: Decision }>(M_MERGE, { keep: keep.id, merged: other.id });
        const kind = keep.id.startsWith("person:") ? "person" : "org";
        say(`Merged “${other.name}” into “${keep.name}”: its letters and roles are now ${keep.name}'s, and its name an alias.`, {
          href: `/#view=${kind}&id=${encodeURIComponent(keep.id)}`,
          label: `Open ${keep.name}`,
        });
        list.decided();
        void decisions.load();
      }),
    different: (c: Candidate) =>
      void act(async () => {
        await gql<{ keepApart: Decision }>(M_KEEP_APART, { a: c.a.id, b: c.b.id });
        say(`Kept “${c.a.name}” and “${c.b.name}” apart; the pair will not be proposed again.`);
        list.decided();
        void decisions.load();
      }),
    skip: () => list.skip(),
  };
  const list = new CandidateList((c) => {
    current = c;
    renderCompare(compare, c, decide);
  });
  const decisions = new DecisionList(
    (d) =>
      void act(async () => {
        await gql<{ undoDecision: Decision }>(M_UNDO, { id: d.id });
        say(d.decision === "same" ? `Split “${d.otherName}” from “${d.keepName}” again.` : `Forgot that “${d.keepName}” and “${d.otherName}” are different.`);
        void decisions.load();
        void list.load();
      }),
    (text) => {
      say(text);
      void decisions.load();
      void list.load();
    },
    fail,
  );

  root.append(list.el, h("div.review-main", message, compare, decisions.el));
  mountHeader({ onSearch: (hit) => (location.href = `/#view=${hit.kind === "ORGANIZATION" ? "org" : hit.kind.toLowerCase()}&id=${encodeURIComponent(hit.id)}`) });
  onBusy((busy) => document.body.classList.toggle("busy", busy));
  onEditing(() => {
    renderCompare(compare, current, decide);
    void decisions.load();
  });
  void list.load();
}
