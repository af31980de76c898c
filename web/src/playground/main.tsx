// GraphiQL, bundled (no CDN), posting to /graphql on this origin.

import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./playground.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { EXAMPLES } from "./examples";

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };

async function fetcher(params: FetcherParams, opts?: { headers?: Record<string, string> }) {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", ...(opts?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 500)}` }] };
  }
}

const defaultTabs = EXAMPLES.map((e) => ({
  query: e.query,
  variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
}));

function Logo() {
  return (
    <a className="pg-logo" href="/" title="Back to the explorer">
      Coalition&nbsp;Graph&nbsp;Explorer
    </a>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} defaultEditorToolsVisibility="variables" shouldPersistHeaders={false}>
      <GraphiQL.Logo>
        <Logo />
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
