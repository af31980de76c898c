// The header both pages share: search, the links between the pages, and
// the editing control (sign in with the edit token, or who edits).

import { h, clear } from "./dom";
import { check, onEditing, signOut } from "./session";
import { createAutocomplete } from "./ui/autocomplete";
import type { SearchHit } from "./queries";
import { askForToken } from "./ui/signIn";

export interface HeaderOptions {
  /** What picking a search hit does. */
  onSearch: (hit: SearchHit) => void;
}

export function mountHeader(opts: HeaderOptions): void {
  const search = createAutocomplete({
    id: "search-input",
    label: "Search organizations, people and letters",
    placeholder: "Search organizations, people, letters…",
    onSelect: (hit) => {
      opts.onSearch(hit);
      search.setValue("");
    },
  });
  document.getElementById("search")?.appendChild(search.el);
  document.addEventListener("keydown", (e) => {
    const t = e.target as HTMLElement;
    if (e.key === "/" && !/INPUT|TEXTAREA|SELECT/.test(t.tagName)) {
      e.preventDefault();
      search.input.focus();
    }
  });
  const slot = document.getElementById("editing");
  if (slot) {
    onEditing((ed) => {
      clear(slot);
      if (!ed.enabled) return;
      if (ed.authorized) {
        slot.append(
          h("span.editing-who", { title: "Edits are recorded under this name" }, `Editing as ${ed.editor ?? "editor"}`),
          h("button#sign-out.btn.btn-ghost.btn-small", { type: "button", onclick: () => signOut() }, "Sign out"),
        );
      } else {
        slot.append(h("button#sign-in.btn.btn-small", { type: "button", onclick: () => void askForToken() }, "Sign in to edit"));
      }
    });
  }
  void check();
}
