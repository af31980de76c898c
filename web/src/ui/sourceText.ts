// A letter's source text with line numbers, each signature's lines
// highlighted, and a way to bring one signature's lines into view.

import { h } from "../dom";

export interface Span {
  /** Which signature (its position or row) the lines belong to. */
  key: number;
  line: number | null;
  /** The last line, when known; else the block after line, to a blank line. */
  endLine?: number | null;
  /** The parser is unsure of it. */
  flagged?: boolean;
}

export interface SourceText {
  el: HTMLElement;
  /** Highlight one signature's lines and scroll them into view. */
  jump(key: number): void;
}

export function sourceText(text: string, spans: Span[]): SourceText {
  const lines = text.split(/\r?\n/);
  const byLine = lineSpans(spans, lines);
  const list = h(
    "ol.source-lines",
    { "aria-label": "Source text" },
    ...lines.map((t, i) => {
      const n = i + 1;
      const span = byLine.get(n);
      const cls = span ? ["sig-line", span.first ? "sig-first" : "", span.flagged ? "sig-flagged" : ""].filter(Boolean).join(" ") : "";
      return h(
        "li.src-line",
        { id: `L${n}`, class: cls, dataset: { line: String(n), ...(span ? { sig: String(span.key) } : {}) } },
        h("span.ln", { "aria-hidden": "true" }, String(n)),
        h("span.lt", t || "\u00a0"),
      );
    }),
  );
  const el = h("section.letter-source", { "aria-label": "Source text with line numbers" }, h("h3", "Source text"), h("div.source-scroll", list));
  return {
    el,
    jump(key: number) {
      list.querySelectorAll(".sig-active").forEach((e) => e.classList.remove("sig-active"));
      const els = list.querySelectorAll<HTMLElement>(`[data-sig="${key}"]`);
      els.forEach((e) => e.classList.add("sig-active"));
      els[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
    },
  };
}

/**
 * The source lines of each signature: from its line to its end line, or,
 * when that is not known, the lines right after it that belong to the same
 * block (title, organization), up to a blank line or the next signature.
 */
function lineSpans(spans: Span[], lines: string[]): Map<number, { key: number; first: boolean; flagged: boolean }> {
  const starts = new Set(spans.map((s) => s.line).filter((n): n is number => !!n));
  const out = new Map<number, { key: number; first: boolean; flagged: boolean }>();
  for (const s of spans) {
    if (!s.line || s.line < 1 || s.line > lines.length) continue;
    const flagged = !!s.flagged;
    if (!out.has(s.line) || !out.get(s.line)!.first) out.set(s.line, { key: s.key, first: true, flagged });
    const last = s.endLine && s.endLine >= s.line ? Math.min(lines.length, s.endLine) : Math.min(lines.length, s.line + 4);
    for (let n = s.line + 1; n <= last; n++) {
      if (!s.endLine && (starts.has(n) || lines[n - 1].trim() === "")) break;
      if (!out.has(n)) out.set(n, { key: s.key, first: false, flagged });
    }
  }
  return out;
}
