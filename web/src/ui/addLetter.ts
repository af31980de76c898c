// Adding a letter: paste its text or drop its file (TXT, PDF, JSON, CSV),
// see what the parser made of it beside the source, correct it, save it.

import { ApiError, gql } from "../api";
import { clear, h } from "../dom";
import { M_PARSE_LETTER, type ParsedLetter } from "../reviewQueries";
import { current as editing } from "../session";
import { type Ctx, type Panel, panelHeader } from "./common";
import { draftEditor, showError } from "./draftEditor";
import { askForToken } from "./signIn";

const ACCEPT = ".txt,.text,.pdf,.json,.csv,text/plain,application/pdf,application/json,text/csv";

export function addLetterPanel(root: HTMLElement, ctx: Ctx): Panel {
  root.appendChild(panelHeader("Add a letter", "Paste a letter or drop its file"));
  const body = h("div.add-letter");
  root.appendChild(body);
  if (!editing().authorized) {
    body.append(
      h("p", editing().enabled ? "Adding letters needs the edit token." : "Editing is switched off on this server (start it with serve --edit-token)."),
      editing().enabled ? h("button.btn", { type: "button", onclick: () => void askForToken() }, "Sign in to edit") : "",
    );
    return { wide: true, editor: true };
  }
  showInput(body, ctx);
  return { wide: true, editor: true };
}

function showInput(body: HTMLElement, ctx: Ctx): void {
  clear(body);
  const text = h("textarea#paste-letter", { rows: 14, placeholder: "Paste the letter's text here: date, addressees, body, the signature blocks…", "aria-label": "Letter text" });
  const file = h("input#letter-file", { type: "file", accept: ACCEPT, "aria-label": "Letter file" });
  const errors = h("div.form-errors", { role: "alert", hidden: true });
  const status = h("p.muted", { role: "status" });
  const parse = async (input: Record<string, string>) => {
    errors.hidden = true;
    status.textContent = "Reading the letter…";
    try {
      const data = await gql<{ parseLetter: ParsedLetter }>(M_PARSE_LETTER, { input });
      showParsed(body, ctx, data.parseLetter);
    } catch (e) {
      status.textContent = "";
      showError(errors, e instanceof ApiError && e.code === "INVALID_ARGUMENT" ? new ApiError("graphql", e.message, "PARSE") : e);
    }
  };
  const readFile = async (f: File) => {
    if (f.size > 8 * 1024 * 1024) {
      showError(errors, new Error(`${f.name} is ${(f.size / 1048576).toFixed(1)} MB; at most 8 MB.`));
      return;
    }
    const data = await base64(f);
    await parse({ filename: f.name, data });
  };
  file.addEventListener("change", () => {
    if (file.files?.[0]) void readFile(file.files[0]);
  });
  const drop = h(
    "label.drop-zone",
    { for: "letter-file" },
    h("strong", "Drop a file here"),
    h("span", " or choose one: .txt, .pdf, .json or .csv (one letter)"),
    file,
  );
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const f = e.dataTransfer?.files?.[0];
    if (f) void readFile(f);
  });
  body.append(
    h("label.field", h("span", "Letter text"), text),
    h("div.row", h("button#parse-letter.btn.btn-primary", { type: "button", onclick: () => void parse({ text: text.value }) }, "Read letter")),
    drop,
    status,
    errors,
  );
  text.focus();
}

function showParsed(body: HTMLElement, ctx: Ctx, parsed: ParsedLetter): void {
  clear(body);
  const d = parsed.draft;
  const flagged = d.signatories.filter((s) => s.reason || (s.confidence != null && s.confidence < 0.6)).length;
  body.append(
    h(
      "p.parse-summary",
      { role: "status" },
      `Read ${d.signatories.length} signator${d.signatories.length === 1 ? "y" : "ies"} from the ${parsed.format.toUpperCase()}`,
      d.date ? `, dated ${d.date}` : ", no date found",
      flagged ? `; ${flagged} marked “check”: the parser is unsure of them.` : ".",
      " Check every field, correct what is wrong, then save.",
    ),
  );
  if (parsed.existing) {
    const ex = parsed.existing;
    body.append(
      h(
        "div.notice",
        { role: "alert", dataset: { code: "EXISTS" } },
        h("strong", "This letter is already in the graph. "),
        "Open it to correct it instead: ",
        h("button.link", { type: "button", onclick: () => ctx.navigate({ view: "letter", id: ex.id }) }, ex.title || ex.id),
      ),
    );
    return;
  }
  body.append(
    draftEditor(d, {
      mode: "add",
      onSaved: async (id) => {
        await ctx.changed("Letter saved.");
        ctx.navigate({ view: "letter", id });
      },
      onCancel: () => showInput(body, ctx),
    }),
  );
}

function base64(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ""));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(f);
  });
}
