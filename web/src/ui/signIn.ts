// The edit token prompt: asked once, checked with the server, kept for the
// tab's session. A wrong token is said so in the dialog, which stays open.

import { h } from "../dom";
import { signIn } from "../session";

/** Ask for the edit token; resolves true once the server accepts one. */
export function askForToken(): Promise<boolean> {
  return new Promise((resolve) => {
    const input = h("input#edit-token", { type: "password", autocomplete: "current-password", required: true, spellcheck: false });
    const error = h("p.form-error", { role: "alert", hidden: true });
    const submit = h("button.btn.btn-primary", { type: "submit" }, "Sign in");
    const cancel = h("button.btn.btn-ghost", { type: "button" }, "Cancel");
    const form = h(
      "form.sign-in",
      { method: "dialog" },
      h("h2", "Edit the graph"),
      h("p", "Adding and correcting letters and merging entities need the edit token this server was started with (", h("code", "serve --edit-token"), ")."),
      h("label.field", h("span", "Edit token"), input),
      error,
      h("div.row.end", cancel, submit),
    );
    const dialog = h("dialog.dialog", { "aria-labelledby": "sign-in-title" }, form);
    form.querySelector("h2")!.id = "sign-in-title";
    document.body.appendChild(dialog);
    const done = (ok: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(ok);
    };
    cancel.addEventListener("click", () => done(false));
    dialog.addEventListener("cancel", () => done(false));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      submit.disabled = true;
      error.hidden = true;
      const ed = await signIn(input.value);
      submit.disabled = false;
      if (ed.authorized) {
        done(true);
        return;
      }
      error.textContent = ed.enabled
        ? "This token is not accepted by the server. Check it and try again."
        : "Editing is switched off on this server.";
      error.hidden = false;
      input.select();
    });
    dialog.showModal();
    input.focus();
  });
}
