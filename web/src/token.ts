// The edit token this tab was given (see session.ts), kept for the tab's
// session only.

const KEY = "coalition.editToken";

export function getToken(): string {
  try {
    return sessionStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function setToken(t: string): void {
  try {
    if (t) sessionStorage.setItem(KEY, t);
    else sessionStorage.removeItem(KEY);
  } catch {
    /* storage off: no token is kept */
  }
}
