// A GraphQL server built with @neo4j/graphql v7 over the coalition graph, the
// comparison for `make bench-api`: the same Neo4j and the same questions as
// `coalition serve`, the coalition questions as @cypher fields (schema.graphql).
//
// Environment: NEO4J_URI (bolt://127.0.0.1:7688), NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE, PORT (4000; 0 picks a free one), HOST
// (127.0.0.1). Prints "listening on http://HOST:PORT/graphql" when ready.
import fs from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const env = (k, d) => process.env[k] || d;
const auth = process.env.NEO4J_USERNAME
  ? neo4j.auth.basic(process.env.NEO4J_USERNAME, env('NEO4J_PASSWORD', ''))
  : undefined;
const driver = neo4j.driver(env('NEO4J_URI', 'bolt://127.0.0.1:7688'), auth, {
  maxConnectionPoolSize: 64, // as graph.Store's
});
const typeDefs = fs.readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const database = process.env.NEO4J_DATABASE;

const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(env('PORT', '4000')), host: env('HOST', '127.0.0.1') },
  // The same time budget as serve's --timeout, enforced by Neo4j: a query
  // whose client gave up does not keep running into the next measurement.
  context: async () => ({
    transaction: { timeout: Number(env('TX_TIMEOUT_MS', '15000')) },
    ...(database ? { sessionConfig: { database } } : {}),
  }),
});
console.log(`listening on ${url}graphql`);

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  });
}
