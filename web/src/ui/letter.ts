// Letter view: the structured letter beside its source text, with each
// signature's lines highlighted, and (when editing is on) a way to correct it.

import { gql } from "../api";
import { clear, fmtDate, h, plural } from "../dom";
import { Q_LETTER, type Letter, type Recipient, type Signature } from "../queries";
import { current as editing } from "../session";
import { type Ctx, type Panel, empty, entityLink, errorBox, loading, panelHeader, recipientText, letterTitle } from "./common";
import { sourceText } from "./sourceText";

export function letterPanel(root: HTMLElement, ctx: Ctx, id: string): Panel {
  const load = async () => {
    clear(root);
    root.appendChild(loading("Loading letter…"));
    try {
      const data = await gql<{ letter: Letter | null }>(Q_LETTER, { id });
      clear(root);
      if (!data.letter) {
        root.appendChild(panelHeader("Letter", "Not found"));
        root.appendChild(empty(`No letter has the id ${id}.`));
        return;
      }
      render(root, ctx, data.letter);
    } catch (e) {
      clear(root);
      root.appendChild(errorBox(e, load));
    }
  };
  load();
  return { wide: true };
}

function render(root: HTMLElement, ctx: Ctx, l: Letter) {
  root.appendChild(
    panelHeader("Letter", letterTitle(l), [
      h("span", fmtDate(l.date)),
      h("span", plural(l.signatureCount, "signature")),
      h("span", plural(l.organizationCount, "organization")),
      l.source ? h("span.source-name", { title: "source file" }, l.source) : null,
    ]),
  );

  if (editing().authorized) {
    root.appendChild(
      h(
        "div.panel-actions",
        h("button#correct-letter.btn.btn-small", { type: "button", onclick: () => ctx.navigate({ view: "correct", id: l.id }) }, "Correct this letter"),
        l.correctedBy ? h("span.muted", `Corrected by ${l.correctedBy}${l.correctedAt ? ` on ${l.correctedAt.slice(0, 10)}` : ""} (version ${l.version})`) : null,
      ),
    );
  } else if (l.correctedBy) {
    root.appendChild(h("p.muted.corrected-note", `Corrected by ${l.correctedBy}${l.correctedAt ? ` on ${l.correctedAt.slice(0, 10)}` : ""}.`));
  }

  const source = sourceText(
    l.text,
    l.signatories.map((s) => ({ key: s.position, line: s.line })),
  );
  const sourcePane = source.el;
  const jump = (pos: number) => source.jump(pos);

  // ---- structured letter
  const groups = groupByOrganization(l.signatories);
  const structured = h(
    "section.letter-structured",
    { "aria-label": "Structured letter" },
    h(
      "dl.letter-fields",
      h("dt", "Date"),
      h("dd", fmtDate(l.date)),
      h("dt", "To"),
      h("dd", l.recipients.length ? h("ul.plain", ...l.recipients.map((r) => h("li", recipientLink(ctx, r)))) : "—"),
      l.cc.length ? [h("dt", "Cc"), h("dd", h("ul.plain", ...l.cc.map((r) => h("li", recipientLink(ctx, r)))))] : null,
      l.salutation ? [h("dt", "Salutation"), h("dd", l.salutation)] : null,
      l.closing ? [h("dt", "Closing"), h("dd", l.closing)] : null,
    ),
    l.asks.length ? h("div.asks", h("h3", "Asks"), h("ul", ...l.asks.map((a) => h("li", a)))) : null,
    h("h3", `Signatories (${l.signatories.length})`),
    l.signatories.length === 0
      ? empty("No signatures were parsed from this letter.")
      : h(
          "div.sig-groups",
          ...groups.map((g) =>
            h(
              "section.sig-group",
              h("h4", g.org ? entityLink(ctx, "ORGANIZATION", g.org.id, g.org.name) : "Individuals"),
              h(
                "ul.sig-list",
                ...g.sigs.map((s) =>
                  h(
                    "li.signatory",
                    { dataset: { position: String(s.position) } },
                    s.person ? entityLink(ctx, "PERSON", s.person.id, s.person.name, "sig-person") : h("span.sig-person", g.org ? "(organization)" : "(unnamed)"),
                    s.title ? h("span.sig-title", s.title) : null,
                    s.provenance === "corrected" ? h("span.badge.badge-corrected", { title: "Corrected by an analyst" }, "corrected") : null,
                    s.line
                      ? h(
                          "button.line-ref",
                          {
                            type: "button",
                            title: "Show in source",
                            "aria-label": `Show line ${s.line} in source`,
                            onclick: () => jump(s.position),
                          },
                          `L${s.line}`,
                        )
                      : null,
                  ),
                ),
              ),
            ),
          ),
        ),
  );

  root.appendChild(h("div.letter-grid", structured, sourcePane));
}

/** A recipient opens the list of letters addressed to it. */
function recipientLink(ctx: Ctx, r: Recipient): HTMLElement {
  return h(
    "button.link",
    { type: "button", dataset: { id: r.id }, title: "Letters addressed to this recipient", onclick: () => ctx.navigate({ view: "office", id: r.id }) },
    recipientText(r),
  );
}

function groupByOrganization(sigs: Signature[]) {
  const groups: { org: { id: string; name: string } | null; sigs: Signature[] }[] = [];
  const index = new Map<string, number>();
  for (const s of [...sigs].sort((a, b) => a.position - b.position)) {
    const key = s.organization?.id ?? "";
    let i = index.get(key);
    if (i === undefined) {
      i = groups.length;
      index.set(key, i);
      groups.push({ org: s.organization, sigs: [] });
    }
    groups[i].sigs.push(s);
  }
  return groups;
}
