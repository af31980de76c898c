// Co-signing pairs are found by key when a load adds to them (see
// graph/write.go); the constraints make that one index seek and refuse a
// duplicate pair. Graphs written before pairs had keys get them first
// (Store.Migrate backfills them before this file runs).
CREATE CONSTRAINT co_signed_key IF NOT EXISTS FOR ()-[r:CO_SIGNED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT co_signed_in_key IF NOT EXISTS FOR ()-[r:CO_SIGNED_IN]-() REQUIRE r.key IS UNIQUE;
// Letters whose co-signings are not yet counted, and the one update that
// counts them (see graph/cosigning.go).
CREATE INDEX letter_co_signing IF NOT EXISTS FOR (l:Letter) ON (l.coSigning);
CREATE CONSTRAINT co_signing_update_id IF NOT EXISTS FOR (u:CoSigningUpdate) REQUIRE u.id IS UNIQUE;
// The chunks of pairs an update has written: a chunk's node is MERGEd by
// name, which is safe against a second writer only under this constraint.
CREATE CONSTRAINT co_signing_chunk_name IF NOT EXISTS FOR (c:CoSigningChunk) REQUIRE c.name IS UNIQUE;
