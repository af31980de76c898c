// The counter of letter writes that projections follow (see
// graph/projection.go), and the stamp of each letter, read by range.
CREATE CONSTRAINT change_counter_id IF NOT EXISTS FOR (c:ChangeCounter) REQUIRE c.id IS UNIQUE;
CREATE INDEX letter_seq IF NOT EXISTS FOR (l:Letter) ON (l.seq);
