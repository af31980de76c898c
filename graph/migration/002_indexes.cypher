// Lookups by name and by date, and the full-text index behind search.
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX organization_letter_count IF NOT EXISTS FOR (o:Organization) ON (o.letterCount);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX letter_date IF NOT EXISTS FOR (l:Letter) ON (l.date);
CREATE INDEX letter_year IF NOT EXISTS FOR (l:Letter) ON (l.year);
CREATE INDEX co_signed_count IF NOT EXISTS FOR ()-[r:CO_SIGNED]-() ON (r.count);
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Organization|Person|Letter) ON EACH [n.name, n.aliasText, n.title];
CREATE INDEX co_signed_in_year IF NOT EXISTS FOR ()-[r:CO_SIGNED_IN]-() ON (r.year);
CREATE INDEX held_role_title IF NOT EXISTS FOR ()-[r:HELD_ROLE]-() ON (r.title);
