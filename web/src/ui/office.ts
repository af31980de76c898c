// Recipient (office) view: the letters addressed to it.

import { gql } from "../api";
import { clear, fmtDate, h, plural } from "../dom";
import { Q_OFFICE_LETTERS, type LetterSummary } from "../queries";
import { type Ctx, type Panel, empty, entityLink, errorBox, loading, panelHeader, recipientText, letterTitle } from "./common";

export function officePanel(root: HTMLElement, ctx: Ctx, id: string): Panel {
  const load = async () => {
    clear(root);
    root.appendChild(loading("Loading letters…"));
    try {
      const data = await gql<{ letters: { totalCount: number; edges: { node: LetterSummary }[] } }>(Q_OFFICE_LETTERS, { id });
      clear(root);
      const letters = data.letters.edges.map((e) => e.node);
      const me = letters.flatMap((l) => l.recipients).find((r) => r.id === id);
      root.appendChild(panelHeader("Recipient", me ? recipientText(me) : id, [h("span", plural(data.letters.totalCount, "letter"), " addressed")]));
      root.appendChild(
        h(
          "div.panel-body",
          letters.length
            ? h(
                "ul.letters",
                ...letters.map((l) =>
                  h("li.letter-row", h("div.letter-date", fmtDate(l.date)), entityLink(ctx, "LETTER", l.id, letterTitle(l), "letter-title")),
                ),
              )
            : empty("No letters on record for this recipient."),
        ),
      );
    } catch (e) {
      clear(root);
      root.appendChild(errorBox(e, load));
    }
  };
  load();
  return {};
}
