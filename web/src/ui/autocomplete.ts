// An accessible search box with suggestions from the `search` query
// (ARIA 1.2 combobox: arrows move, Enter picks, Escape closes).

import { ApiError, gql } from "../api";
import { debounce, h, clear } from "../dom";
import { Q_SEARCH, normKind, type EntityKind, type SearchHit } from "../queries";

export interface AutocompleteOptions {
  id: string;
  label: string;
  placeholder: string;
  kinds?: EntityKind[];
  onSelect: (hit: SearchHit) => void;
  compact?: boolean;
  /** A form field rather than a search box: type text, and told of typing. */
  field?: { value: string; onInput: (text: string) => void };
}

export interface Autocomplete {
  el: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
  close(): void;
}

const KIND_LABEL: Record<EntityKind, string> = {
  ORGANIZATION: "Organization",
  PERSON: "Person",
  LETTER: "Letter",
  OFFICE: "Recipient",
};

export function kindLabel(k: EntityKind): string {
  return KIND_LABEL[k] ?? k;
}

export function createAutocomplete(opts: AutocompleteOptions): Autocomplete {
  const listId = `${opts.id}-list`;
  const input = h("input", {
    id: opts.id,
    type: opts.field ? "text" : "search",
    value: opts.field?.value ?? "",
    class: "ac-input",
    placeholder: opts.placeholder,
    autocomplete: "off",
    spellcheck: "false",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
  });
  const list = h("ul", { id: listId, class: "ac-list", role: "listbox", "aria-label": `${opts.label} suggestions`, hidden: true });
  const status = h("div.ac-status", { "aria-live": "polite" });
  const el = h(
    "div.ac",
    { class: opts.compact ? "ac-compact" : "" },
    h("label.visually-hidden", { for: opts.id }, opts.label),
    input,
    list,
    status,
  );

  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;
  let controller: AbortController | null = null;

  function open(show: boolean) {
    list.hidden = !show;
    input.setAttribute("aria-expanded", String(show));
    if (!show) {
      active = -1;
      input.removeAttribute("aria-activedescendant");
    }
  }

  function render(message?: string) {
    clear(list);
    if (message) {
      list.appendChild(h("li.ac-message", { role: "presentation" }, message));
      open(true);
      return;
    }
    hits.forEach((hit, i) => {
      const li = h(
        "li.ac-option",
        {
          id: `${opts.id}-opt-${i}`,
          role: "option",
          "aria-selected": String(i === active),
          dataset: { kind: hit.kind, id: hit.id },
          onmousedown: (e: MouseEvent) => {
            e.preventDefault(); // keep focus in the input
            pick(i);
          },
          onmousemove: () => setActive(i),
        },
        h("span.ac-kind", { class: `kind-${hit.kind.toLowerCase()}` }, kindLabel(hit.kind)),
        h("span.ac-name", hit.name),
        hit.detail ? h("span.ac-detail", hit.detail) : null,
      );
      list.appendChild(li);
    });
    open(hits.length > 0);
  }

  function setActive(i: number) {
    active = i;
    Array.from(list.children).forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute("aria-activedescendant", `${opts.id}-opt-${i}`);
      (list.children[i] as HTMLElement).scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  function pick(i: number) {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    open(false);
    status.textContent = "";
    opts.onSelect(hit);
  }

  const lookup = debounce(async (text: string) => {
    const my = ++seq;
    controller?.abort();
    controller = new AbortController();
    el.classList.add("ac-loading");
    status.textContent = "Searching…";
    try {
      const data = await gql<{ search: SearchHit[] }>(Q_SEARCH, { text, first: 12 }, controller.signal);
      if (my !== seq) return;
      hits = data.search.map((x) => ({ ...x, kind: normKind(x.kind, x.id) })).filter((x) => !opts.kinds || opts.kinds.includes(x.kind)).slice(0, 10);
      active = -1;
      list.dataset.query = text; // which text the suggestions answer
      if (hits.length === 0 && opts.field) {
        open(false);
        status.textContent = "No matches in the graph";
      } else if (hits.length === 0) {
        render(`No results for “${text}”`);
        status.textContent = "No results";
      } else {
        render();
        status.textContent = `${hits.length} suggestion${hits.length === 1 ? "" : "s"}`;
      }
    } catch (e) {
      if ((e as Error).name === "AbortError" || my !== seq) return;
      hits = [];
      render(e instanceof ApiError ? e.friendly : String(e));
      status.textContent = "Search failed";
    } finally {
      if (my === seq) el.classList.remove("ac-loading");
    }
  }, 180);

  input.addEventListener("input", () => {
    opts.field?.onInput(input.value);
    const text = input.value.trim();
    if (text.length < 2) {
      seq++;
      hits = [];
      open(false);
      status.textContent = "";
      return;
    }
    lookup(text);
  });
  input.addEventListener("keydown", (e) => {
    const expanded = !list.hidden && hits.length > 0;
    switch (e.key) {
      case "ArrowDown":
        if (expanded) {
          e.preventDefault();
          setActive(Math.min(hits.length - 1, active + 1));
        }
        break;
      case "ArrowUp":
        if (expanded) {
          e.preventDefault();
          setActive(Math.max(0, active - 1));
        }
        break;
      case "Enter":
        if (hits.length > 0 && !list.hidden) {
          e.preventDefault();
          pick(active >= 0 ? active : 0);
        }
        break;
      case "Escape":
        if (!list.hidden) {
          e.preventDefault();
          e.stopPropagation(); // close the list, not the panel
          open(false);
        }
        break;
    }
  });
  input.addEventListener("blur", () => setTimeout(() => open(false), 120));
  input.addEventListener("focus", () => {
    if (hits.length > 0 && input.value.trim().length >= 2) render();
  });

  return {
    el,
    input,
    setValue(text: string) {
      input.value = text;
    },
    close() {
      open(false);
    },
  };
}
