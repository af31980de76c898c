// Minimal GraphQL client: POST /graphql on the same origin, with the edit
// token (session.ts) when this browser has one.

import { getToken } from "./token";

export type ErrorKind = "unavailable" | "network" | "graphql" | "http";

export class ApiError extends Error {
  kind: ErrorKind;
  code?: string;
  constructor(kind: ErrorKind, message: string, code?: string) {
    super(message);
    this.kind = kind;
    this.code = code;
  }
  /** A sentence for people, not for developers. */
  get friendly(): string {
    switch (this.kind) {
      case "unavailable":
        return "Neo4j is unreachable. The graph database is down or still starting; try again in a moment.";
      case "network":
        return "The Coalition server is unreachable. Is `coalition serve` running?";
      case "http":
        return `The server answered with an error (${this.message}).`;
      default:
        return this.message;
    }
  }
}

interface GraphQLErrorJSON {
  message: string;
  extensions?: { code?: string };
}

let inflight = 0;
const listeners = new Set<(busy: boolean) => void>();
export function onBusy(fn: (busy: boolean) => void): void {
  listeners.add(fn);
}
function setBusy(delta: number) {
  inflight += delta;
  for (const fn of listeners) fn(inflight > 0);
}

export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  setBusy(1);
  try {
    let res: Response;
    try {
      res = await fetch("/graphql", {
        method: "POST",
        headers: authorized({ "Content-Type": "application/json", Accept: "application/json" }),
        body: JSON.stringify({ query, variables: clean(variables) }),
        signal,
      });
    } catch (e) {
      if ((e as Error).name === "AbortError") throw e;
      throw new ApiError("network", (e as Error).message);
    }
    let body: { data?: T; errors?: GraphQLErrorJSON[] } | undefined;
    try {
      body = await res.json();
    } catch {
      body = undefined;
    }
    const errors = body?.errors ?? [];
    const unavailable = errors.find((e) => e.extensions?.code === "UNAVAILABLE");
    if (unavailable) throw new ApiError("unavailable", unavailable.message, "UNAVAILABLE");
    if (errors.length > 0 && (body?.data == null || hasOnlyNulls(body.data))) {
      throw new ApiError("graphql", errors.map((e) => e.message).join("; "), errors[0].extensions?.code);
    }
    if (!res.ok && !body?.data) {
      if (res.status === 502 || res.status === 503 || res.status === 504) {
        throw new ApiError("network", `HTTP ${res.status}`);
      }
      throw new ApiError("http", `HTTP ${res.status}`);
    }
    if (!body?.data) throw new ApiError("http", "empty response");
    return body.data;
  } finally {
    setBusy(-1);
  }
}

function hasOnlyNulls(data: unknown): boolean {
  return typeof data === "object" && data !== null && Object.values(data).every((v) => v == null);
}

/** Drop undefined/empty-string variables so schema defaults apply. */
function clean(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (val === undefined || val === "" || (typeof val === "number" && Number.isNaN(val))) continue;
    out[k] = val;
  }
  return out;
}

/** Adds the edit token, when this tab has one. */
function authorized(headers: Record<string, string>): Record<string, string> {
  const t = getToken();
  return t ? { ...headers, Authorization: `Bearer ${t}` } : headers;
}
