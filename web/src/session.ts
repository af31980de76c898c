// Editing: whether this server takes edits, and whether this tab's edit
// token (token.ts) is accepted. The token is asked for once (ui/signIn.ts)
// and kept for the tab's session; api.ts sends it with every request. With
// editing off the pages show no edit controls at all.

import { gql } from "./api";
import { Q_EDITING } from "./reviewQueries";
import { getToken, setToken } from "./token";

export interface Editing {
  /** The server was started with an edit token. */
  enabled: boolean;
  /** This tab's token is accepted. */
  authorized: boolean;
  editor: string | null;
}

let editing: Editing = { enabled: false, authorized: false, editor: null };
const listeners = new Set<(e: Editing) => void>();

export function current(): Editing {
  return editing;
}

/** Hear of every change; called at once with the current state. */
export function onEditing(fn: (e: Editing) => void): void {
  listeners.add(fn);
  fn(editing);
}

function set(e: Editing): void {
  editing = e;
  document.body.dataset.editing = e.authorized ? "on" : e.enabled ? "locked" : "off";
  for (const fn of listeners) fn(e);
}

/** Ask the server what this tab may do. */
export async function check(): Promise<Editing> {
  try {
    const data = await gql<{ editing: Editing }>(Q_EDITING);
    set(data.editing);
  } catch {
    set({ enabled: false, authorized: false, editor: null });
  }
  return editing;
}

/** Try a token: kept when the server accepts it, dropped when not. */
export async function signIn(t: string): Promise<Editing> {
  setToken(t.trim());
  const e = await check();
  if (!e.authorized) setToken("");
  return e;
}

export function signOut(): void {
  setToken("");
  void check();
}

export function hasToken(): boolean {
  return getToken() !== "";
}
