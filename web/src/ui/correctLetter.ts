// Correcting a letter already loaded: its draft (fields, signatories with
// their entities and provenance, version) in the letter editor. Saving
// sends the version it started from, so a save by someone else in between
// is refused with a clear message instead of being overwritten.

import { gql } from "../api";
import { clear, h } from "../dom";
import { Q_LETTER_DRAFT, type LetterDraft } from "../reviewQueries";
import { current as editing } from "../session";
import { type Ctx, type Panel, empty, errorBox, loading, panelHeader } from "./common";
import { draftEditor } from "./draftEditor";
import { askForToken } from "./signIn";

export function correctLetterPanel(root: HTMLElement, ctx: Ctx, id: string): Panel {
  const load = async () => {
    clear(root);
    if (!editing().authorized) {
      root.append(
        panelHeader("Correct a letter", id),
        h("p", editing().enabled ? "Correcting letters needs the edit token." : "Editing is switched off on this server."),
        editing().enabled ? h("button.btn", { type: "button", onclick: () => void askForToken() }, "Sign in to edit") : "",
      );
      return;
    }
    root.appendChild(loading("Loading the letter…"));
    try {
      const data = await gql<{ letterDraft: LetterDraft | null }>(Q_LETTER_DRAFT, { id });
      clear(root);
      const d = data.letterDraft;
      if (!d) {
        root.append(panelHeader("Correct a letter", "Not found"), empty(`No letter has the id ${id}.`));
        return;
      }
      root.append(
        panelHeader("Correct a letter", d.title || d.id || id, [
          h("span", `version ${d.version}`),
          d.correctedBy ? h("span", `last corrected by ${d.correctedBy}`) : null,
        ]),
        draftEditor(d, {
          mode: "correct",
          onSaved: async (letterId, version) => {
            await ctx.changed(`Correction saved (version ${version}).`);
            ctx.navigate({ view: "letter", id: letterId });
          },
          onCancel: () => ctx.navigate({ view: "letter", id }),
        }),
      );
    } catch (e) {
      clear(root);
      root.appendChild(errorBox(e, load));
    }
  };
  void load();
  return { wide: true, editor: true };
}
