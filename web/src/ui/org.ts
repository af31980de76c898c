// Organization panel: partners ranked three ways, letters signed, people and their titles.

import { gql } from "../api";
import { clear, fmtDate, fmtRange, h, plural } from "../dom";
import {
  Q_ORGANIZATION,
  Q_PARTNERS,
  type CoSigner,
  type Organization,
  type PartnerOrder,
  type Role,
} from "../queries";
import type { AppState, OrgTab } from "../state";
import {
  type Ctx,
  type Panel,
  empty,
  entityLink,
  errorBox,
  letterTitle,
  loading,
  panelHeader,
  recipientText,
  setTabs,
  tabs,
} from "./common";

const ORDERS: { id: PartnerOrder; label: string; help: string }[] = [
  { id: "COUNT", label: "Shared letters", help: "most shared letters first" },
  { id: "JACCARD", label: "Jaccard", help: "shared ÷ letters signed by either" },
  { id: "WEIGHTED", label: "Weighted", help: "each shared letter weighs 1/(signers − 1): small coalitions count more" },
];

export function orgPanel(root: HTMLElement, ctx: Ctx, id: string): Panel {
  let org: Organization | null = null;
  let state = ctx.state();
  let partnersKey = "";
  let partnersSeq = 0;
  const load = async () => {
    clear(root);
    root.appendChild(loading("Loading organization…"));
    try {
      const data = await gql<{ organization: Organization | null }>(Q_ORGANIZATION, { id, letters: 100 });
      clear(root);
      if (!data.organization) {
        root.appendChild(panelHeader("Organization", "Not found"));
        root.appendChild(empty(`No organization has the id ${id}.`));
        return;
      }
      org = data.organization;
      build();
    } catch (e) {
      clear(root);
      root.appendChild(errorBox(e, load));
    }
  };

  let tabBar: HTMLElement;
  let tabPanel: HTMLElement;

  function build() {
    if (!org) return;
    const o = org;
    root.appendChild(
      panelHeader("Organization", o.name, [
        h("span", plural(o.letterCount, "letter"), " signed"),
        o.aliases.length ? h("span.aliases", "also: ", o.aliases.join(" · ")) : null,
      ]),
    );
    root.appendChild(
      h(
        "div.actions",
        h("button.btn.btn-small", { type: "button", onclick: () => ctx.focusNetwork(o.id), title: "Show only this organization's neighbourhood" }, "Focus network"),
        h("button.btn.btn-small", { type: "button", onclick: () => ctx.expand(o.id), title: "Add its co-signers to the graph" }, "Expand neighbours"),
        h("button.btn.btn-small.btn-ghost", { type: "button", onclick: () => ctx.navigate({ view: "path", id: "", pathFrom: o.id }) }, "Path from here…"),
      ),
    );
    tabBar = tabs<OrgTab>(
      "Organization details",
      [
        { id: "partners", label: "Partners" },
        { id: "letters", label: `Letters (${o.letters.length})` },
        { id: "people", label: `People (${new Set(o.people.map((r) => r.person.id)).size})` },
      ],
      state.tab,
      (t) => ctx.navigate({ tab: t }, true),
    );
    tabPanel = h("div.tabpanel", { role: "tabpanel", "aria-labelledby": `tab-${state.tab}` });
    const body = h("div.panel-body");
    root.appendChild(tabBar);
    root.appendChild(body);
    body.appendChild(tabPanel);
    showTab();
  }

  function showTab() {
    if (!org) return;
    setTabs(tabBar, state.tab);
    tabPanel.setAttribute("aria-labelledby", `tab-${state.tab}`);
    clear(tabPanel);
    if (state.tab === "letters") tabPanel.appendChild(lettersList(ctx, org));
    else if (state.tab === "people") tabPanel.appendChild(peopleList(ctx, org.people));
    else {
      partnersKey = "";
      showPartners();
    }
  }

  async function showPartners() {
    if (!org) return;
    const key = JSON.stringify([state.order, state.from, state.to]);
    if (key === partnersKey) return;
    partnersKey = key;
    const my = ++partnersSeq;
    clear(tabPanel);
    const switcher = h(
      "div.segmented",
      { role: "radiogroup", "aria-label": "Rank partners by" },
      ...ORDERS.map((o) =>
        h(
          "button.seg",
          {
            type: "button",
            role: "radio",
            "aria-checked": String(o.id === state.order),
            title: o.help,
            dataset: { order: o.id },
            onclick: () => ctx.navigate({ order: o.id }, true),
          },
          o.label,
        ),
      ),
    );
    const windowNote =
      state.from !== undefined || state.to !== undefined
        ? h("p.note", `Within ${state.from ?? "…"}–${state.to ?? "…"} (the year window).`)
        : null;
    const list = h("div.partners", loading("Ranking partners…"));
    tabPanel.append(switcher, windowNote ?? "", list);
    try {
      const data = await gql<{ partners: CoSigner[] }>(Q_PARTNERS, {
        id: org.id,
        from: state.from,
        to: state.to,
        orderBy: state.order,
        first: 30,
      });
      if (my !== partnersSeq) return;
      clear(list);
      list.appendChild(partnersTable(ctx, data.partners, state.order));
    } catch (e) {
      if (my !== partnersSeq) return;
      partnersKey = "";
      clear(list);
      list.appendChild(errorBox(e, () => showPartners()));
    }
  }

  load();

  return {
    update(s: AppState) {
      const prev = state;
      state = s;
      if (!org) return;
      if (prev.tab !== s.tab) showTab();
      else if (s.tab === "partners") showPartners();
    },
  };
}

function partnersTable(ctx: Ctx, partners: CoSigner[], order: PartnerOrder): HTMLElement {
  if (partners.length === 0) return empty("No co-signers in this window.");
  const metric = (p: CoSigner) => (order === "JACCARD" ? p.jaccard : order === "WEIGHTED" ? p.weighted : p.shared);
  const max = Math.max(...partners.map(metric), 1e-9);
  const fmt = (p: CoSigner) =>
    order === "JACCARD" ? p.jaccard.toFixed(3) : order === "WEIGHTED" ? p.weighted.toFixed(2) : String(p.shared);
  return h(
    "ol.rank",
    { "aria-label": "Partners" },
    ...partners.map((p) =>
      h(
        "li.rank-row",
        { dataset: { id: p.organization.id } },
        h(
          "div.rank-main",
          entityLink(ctx, "ORGANIZATION", p.organization.id, p.organization.name, "partner-name"),
          h("span.rank-value", { title: `${p.shared} shared · Jaccard ${p.jaccard.toFixed(3)} · weighted ${p.weighted.toFixed(2)}` }, fmt(p)),
        ),
        h("div.bar", h("span", { style: { width: `${(100 * metric(p)) / max}%` } })),
        h("div.rank-meta", `${plural(p.shared, "shared letter")} · ${fmtRange(p.firstDate, p.lastDate)}`),
      ),
    ),
  );
}

function lettersList(ctx: Ctx, org: Organization): HTMLElement {
  if (org.letters.length === 0) return empty("No letters on record.");
  const sorted = [...org.letters].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  return h(
    "ul.letters",
    ...sorted.map((l) =>
      h(
        "li.letter-row",
        h("div.letter-date", fmtDate(l.date)),
        entityLink(ctx, "LETTER", l.id, letterTitle(l), "letter-title"),
        l.recipients.length
          ? h("div.letter-to", "To ", l.recipients.slice(0, 3).map(recipientText).join("; "), l.recipients.length > 3 ? ` and ${l.recipients.length - 3} more` : "")
          : null,
        h("div.letter-meta", `${plural(l.organizationCount, "organization")} · ${plural(l.signatureCount, "signature")}`),
      ),
    ),
  );
}

function peopleList(ctx: Ctx, roles: Role[]): HTMLElement {
  if (roles.length === 0) return empty("No people on record for this organization.");
  const byPerson = new Map<string, Role[]>();
  for (const r of roles) {
    const list = byPerson.get(r.person.id) ?? [];
    list.push(r);
    byPerson.set(r.person.id, list);
  }
  const people = [...byPerson.values()].sort((a, b) => latest(b).localeCompare(latest(a)));
  return h(
    "ul.people",
    ...people.map((rs) => {
      const sorted = [...rs].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
      return h(
        "li.person-row",
        entityLink(ctx, "PERSON", rs[0].person.id, rs[0].person.name, "person-name"),
        h(
          "ul.titles",
          ...sorted.map((r) => h("li", h("span.title", r.title || "(no title given)"), h("span.when", fmtRange(r.from, r.to)))),
        ),
      );
    }),
  );
}

function latest(rs: Role[]): string {
  return rs.map((r) => r.to ?? r.from ?? "").sort().pop() ?? "";
}
