// Person view: a timeline of the titles a person held, with the letters that show each one.

import { gql } from "../api";
import { clear, fmtDate, fmtRange, h, plural } from "../dom";
import { Q_PERSON, type Person, type Role } from "../queries";
import { type Ctx, type Panel, empty, entityLink, errorBox, fracYear, loading, panelHeader, letterTitle } from "./common";

export function personPanel(root: HTMLElement, ctx: Ctx, id: string): Panel {
  const load = async () => {
    clear(root);
    root.appendChild(loading("Loading role history…"));
    try {
      const data = await gql<{ person: Person | null; roleHistory: Role[] }>(Q_PERSON, { id });
      clear(root);
      if (!data.person) {
        root.appendChild(panelHeader("Person", "Not found"));
        root.appendChild(empty(`No person has the id ${id}.`));
        return;
      }
      const p = data.person;
      const roles = [...data.roleHistory].sort((a, b) => (a.from ?? "9999").localeCompare(b.from ?? "9999"));
      const orgs = new Set(roles.map((r) => r.organization.id));
      root.appendChild(
        panelHeader("Person", [p.honorific, p.name].filter(Boolean).join(" "), [
          h("span", plural(roles.length, "role"), " at ", plural(orgs.size, "organization")),
        ]),
      );
      root.appendChild(h("div.panel-body", roles.length ? timeline(ctx, roles) : empty("No roles on record.")));
    } catch (e) {
      clear(root);
      root.appendChild(errorBox(e, load));
    }
  };
  load();
  return {};
}

function timeline(ctx: Ctx, roles: Role[]): HTMLElement {
  const points = roles.flatMap((r) => [fracYear(r.from), fracYear(r.to)]).filter((x): x is number => x !== null);
  const min = points.length ? Math.floor(Math.min(...points)) : 0;
  const max = points.length ? Math.floor(Math.max(...points)) + 1 : 1;
  const span = Math.max(1, max - min);
  const ticks: number[] = [];
  const step = span > 20 ? 5 : span > 8 ? 2 : 1;
  for (let y = Math.ceil(min / step) * step; y <= max; y += step) ticks.push(y);

  const axis = h(
    "div.tl-axis",
    { "aria-hidden": "true" },
    ...ticks.map((y) => h("span.tl-tick", { style: { left: `${((y - min) / span) * 100}%` } }, String(y))),
  );

  return h(
    "div.timeline",
    axis,
    h(
      "ol.tl-rows",
      { "aria-label": "Roles over time" },
      ...roles.map((r) => {
        const a = fracYear(r.from);
        const b = fracYear(r.to) ?? a;
        const bar =
          a !== null && b !== null
            ? h(
                "div.tl-track",
                { "aria-hidden": "true" },
                h("span.tl-bar", {
                  style: {
                    left: `${((a - min) / span) * 100}%`,
                    width: `max(8px, ${((b - a) / span) * 100}%)`,
                  },
                }),
              )
            : h("div.tl-track.tl-unknown", { "aria-hidden": "true" });
        const letters = r.letters ?? [];
        return h(
          "li.tl-row",
          { dataset: { org: r.organization.id } },
          h(
            "div.tl-head",
            h("span.tl-title", r.title || "(no title given)"),
            " at ",
            entityLink(ctx, "ORGANIZATION", r.organization.id, r.organization.name, "tl-org"),
          ),
          bar,
          h("div.tl-when", r.from || r.to ? `first seen ${fmtDate(r.from)} · last seen ${fmtDate(r.to ?? r.from)}` : fmtRange(null, null)),
          letters.length
            ? h(
                "details.tl-evidence",
                { open: letters.length <= 3 },
                h("summary", `Evidence: ${plural(letters.length, "letter")}`),
                h(
                  "ul",
                  ...[...letters]
                    .sort((x, y) => (x.date ?? "").localeCompare(y.date ?? ""))
                    .map((l) => h("li", h("span.letter-date", fmtDate(l.date)), " ", entityLink(ctx, "LETTER", l.id, letterTitle(l)))),
                ),
              )
            : null,
        );
      }),
    ),
  );
}
