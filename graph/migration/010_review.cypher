// The analyst's review loop (graph/correction.go, graph/merge.go): one
// correction per letter content hash, decisions found by id, and merges
// found by the entity they merged away (to tell a split to wait for a
// later merge).
CREATE CONSTRAINT correction_sha256 IF NOT EXISTS FOR (c:Correction) REQUIRE c.sha256 IS UNIQUE;
CREATE CONSTRAINT merge_decision_id IF NOT EXISTS FOR (d:MergeDecision) REQUIRE d.id IS UNIQUE;
CREATE INDEX merge_decision_other IF NOT EXISTS FOR (d:MergeDecision) ON (d.otherId);
CREATE INDEX merge_decision_pair IF NOT EXISTS FOR (d:MergeDecision) ON (d.pair);
