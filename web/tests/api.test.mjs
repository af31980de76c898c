// The API as real GraphQL clients use it: graphql-request (a widely used
// client) with variables and operation names over POST and GET, typed errors
// read from extensions.code; graphql-js's standard introspection query, as
// GraphiQL, Apollo and codegen tools send it; and graphql-http's audit of
// the GraphQL-over-HTTP spec, for application/json and
// application/graphql-response+json. Runs against a server holding the
// sample corpus (make e2e).

import { test } from "node:test";
import assert from "node:assert/strict";
import { GraphQLClient, ClientError, gql } from "graphql-request";
import { buildClientSchema, getIntrospectionQuery, validate, parse } from "graphql";
import { auditServer } from "graphql-http";
import { BASE } from "./browser.mjs";

const ENDPOINT = `${BASE}/graphql`;

/** A client that records what it sent and what came back. */
function client(options = {}) {
  const exchanges = [];
  const c = new GraphQLClient(ENDPOINT, {
    ...options,
    fetch: async (url, init) => {
      const res = await fetch(url, init);
      exchanges.push({ url: String(url), method: init?.method, headers: new Headers(init?.headers), status: res.status, type: res.headers.get("content-type") });
      return res;
    },
  });
  return { c, exchanges };
}

const FIND = gql`
  query FindOrganization($text: String!, $first: Int) {
    search(text: $text, first: $first) { kind id name }
  }
`;

test("graphql-request: POST with variables and an operation name", async () => {
  const { c, exchanges } = client();
  const data = await c.request(FIND, { text: "global equality", first: 3 });
  assert.ok(data.search.length > 0 && data.search.length <= 3, `search answered ${JSON.stringify(data)}`);
  assert.equal(data.search[0].id, "org:council-for-global-equality");
  const [ex] = exchanges;
  assert.equal(ex.method, "POST");
  // graphql-request asks for application/graphql-response+json first; the
  // server answers with it.
  assert.match(ex.headers.get("accept"), /^application\/graphql-response\+json/);
  assert.equal(ex.status, 200);
  assert.equal(ex.type, "application/graphql-response+json");
});

test("graphql-request: GET with variables and an operation name", async () => {
  const { c, exchanges } = client({ method: "GET" });
  const data = await c.request(
    gql`
      query Partners($org: ID!, $order: PartnerOrder) {
        partners(organization: $org, orderBy: $order, first: 2) { organization { id name } shared jaccard }
      }
    `,
    { org: "org:council-for-global-equality", order: "JACCARD" },
  );
  assert.equal(data.partners.length, 2);
  const [ex] = exchanges;
  assert.equal(ex.method, "GET");
  const url = new URL(ex.url);
  assert.equal(url.searchParams.get("operationName"), "Partners");
  assert.deepEqual(JSON.parse(url.searchParams.get("variables")), { org: "org:council-for-global-equality", order: "JACCARD" });
  assert.equal(ex.status, 200);
});

test("graphql-request: errors are typed by extensions.code", async () => {
  const { c } = client();
  const cases = [
    { doc: gql`query { organization(id: "org:no-such-organization") { name } }`, code: "NOT_FOUND", status: 200 },
    { doc: gql`query { pairs(first: 1000) { shared } }`, code: "INVALID_ARGUMENT", status: 200 },
    // Refused before execution: 400 under application/graphql-response+json.
    { doc: gql`query { noSuchField }`, code: "GRAPHQL_VALIDATION_FAILED", status: 400 },
    { doc: "query { stats { letters }", code: "GRAPHQL_PARSE_FAILED", status: 400 },
    {
      doc: `query { organization(id: "org:x") {${" letters(first: 1) { signatories { organization {".repeat(4)} name ${" } } }".repeat(4)} } }`,
      code: "DEPTH_LIMIT_EXCEEDED",
      status: 400,
    },
    { doc: gql`mutation { importLetter(text: "Dear Sir") { unchanged } }`, code: "FORBIDDEN", status: 200 },
  ];
  for (const { doc, code, status } of cases) {
    await assert.rejects(c.request(doc), (err) => {
      assert.ok(err instanceof ClientError, `${code}: ${err}`);
      assert.equal(err.response.status, status, `${code}: status ${err.response.status}`);
      assert.equal(err.response.errors?.[0]?.extensions?.code, code, JSON.stringify(err.response.errors));
      return true;
    });
  }
});

test("graphql-request: the same refusals under application/json are 200, with no data", async () => {
  const { c, exchanges } = client({ headers: { accept: "application/json" } });
  await assert.rejects(c.request(gql`query { noSuchField }`), (err) => {
    assert.equal(err.response.status, 200);
    assert.equal(err.response.errors[0].extensions.code, "GRAPHQL_VALIDATION_FAILED");
    assert.equal(err.response.data, undefined);
    return true;
  });
  assert.equal(exchanges[0].type, "application/json");
});

test("introspection: graphql-js's standard query is answered in full", async () => {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
  });
  const { c } = client();
  const data = await c.request(query);
  const schema = buildClientSchema(data); // throws on an incomplete answer
  const fields = Object.keys(schema.getQueryType().getFields());
  for (const f of ["search", "partners", "pairs", "roleHistory", "organizations", "letter", "path", "communities", "network"]) {
    assert.ok(fields.includes(f), `Query.${f} missing from the introspected schema: ${fields}`);
  }
  // The introspected schema is good enough for a client to validate against.
  assert.deepEqual(validate(schema, parse(FIND)), []);
});

test("GraphQL over HTTP: graphql-http's audit finds no MUST broken", async () => {
  const results = await auditServer({ url: ENDPOINT });
  const failed = results.filter((r) => r.status === "error");
  assert.deepEqual(
    failed.map((r) => `${r.id} ${r.name}: ${r.reason}`),
    [],
  );
  // The status codes of both media types, which the spec only recommends.
  const shoulds = results.filter((r) => r.status === "warn" && /status code|data entry/i.test(r.name));
  assert.deepEqual(
    shoulds.map((r) => `${r.id} ${r.name}: ${r.reason}`),
    [],
  );
});
