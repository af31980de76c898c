// The decisions made so far, newest first, each with who and when, and a
// way to undo it (split a merge, forget a keep-apart); and the decisions as
// an aliases file, out (for `coalition load --aliases` elsewhere) and in.

import { ApiError, gql } from "../api";
import { clear, download, h } from "../dom";
import { M_IMPORT_ALIASES, Q_ALIASES_FILE, Q_DECISIONS, type Decision } from "../reviewQueries";
import { current as editing } from "../session";
import { empty, errorBox } from "../ui/common";

export class DecisionList {
  readonly el: HTMLElement;
  private list = h("ol.decision-list", { "aria-label": "Decisions, newest first" });
  private tools = h("div.row.wrap.decision-tools");

  constructor(
    private undo: (d: Decision) => void,
    private imported: (message: string) => void,
    private failed: (e: unknown) => void,
  ) {
    this.el = h("section.review-decisions", { "aria-label": "Decisions" }, h("h2", "Decisions"), this.tools, this.list);
  }

  async load(): Promise<void> {
    this.renderTools();
    try {
      const data = await gql<{ mergeDecisions: Decision[] }>(Q_DECISIONS, { first: 50 });
      this.render(data.mergeDecisions);
    } catch (e) {
      clear(this.list);
      this.list.appendChild(h("li", errorBox(e, () => void this.load())));
    }
  }

  private render(ds: Decision[]): void {
    clear(this.list);
    if (ds.length === 0) this.list.appendChild(h("li", empty("No decisions yet.")));
    const canEdit = editing().authorized;
    for (const d of ds) {
      const when = d.at.replace("T", " ").replace("Z", "");
      const what =
        d.decision === "same" ? `Merged “${d.otherName}” into “${d.keepName}”` : `Kept “${d.keepName}” and “${d.otherName}” apart`;
      const undone = d.status === "split" || d.status === "undone";
      this.list.appendChild(
        h(
          "li.decision",
          { dataset: { id: d.id, status: d.status }, class: undone ? "undone" : "" },
          h("span.decision-what", what),
          h("span.muted.small", ` by ${d.by}, ${when}`),
          undone ? h("span.muted.small", ` · ${d.status === "split" ? "split" : "undone"} by ${d.undoneBy ?? "?"}`) : "",
          canEdit && !undone
            ? h("button.btn.btn-small.decision-undo", { type: "button", onclick: () => this.undo(d) }, d.decision === "same" ? "Split" : "Undo")
            : "",
        ),
      );
    }
  }

  private renderTools(): void {
    clear(this.tools);
    this.tools.append(h("button#export-aliases.btn.btn-small", { type: "button", onclick: () => void this.exportFile() }, "Export aliases file"));
    if (!editing().authorized) return;
    const file = h("input#import-aliases", { type: "file", accept: ".txt,text/plain", "aria-label": "Aliases file to import" });
    file.addEventListener("change", async () => {
      const f = file.files?.[0];
      if (!f) return;
      try {
        const data = await gql<{ importAliases: { merged: unknown[]; keptApart: unknown[]; skipped: string[] } }>(M_IMPORT_ALIASES, { text: await f.text() });
        const r = data.importAliases;
        this.imported(`Imported ${f.name}: ${r.merged.length} merged, ${r.keptApart.length} kept apart, ${r.skipped.length} lines skipped.`);
      } catch (e) {
        this.failed(e instanceof ApiError ? e : new Error(String(e)));
      }
      file.value = "";
    });
    this.tools.append(h("label.btn.btn-small.file-btn", "Import aliases file…", file));
  }

  private async exportFile(): Promise<void> {
    try {
      const data = await gql<{ aliasesFile: string }>(Q_ALIASES_FILE);
      download("aliases.txt", new Blob([data.aliasesFile], { type: "text/plain" }));
    } catch (e) {
      this.failed(e);
    }
  }
}
