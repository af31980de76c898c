// Lookups by name and by date, and the full-text index behind search.
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX organization_letter_count IF NOT EXISTS FOR (o:Organization) ON (o.letterCount);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX letter_date IF NOT EXISTS FOR (l:Letter) ON (l.date);
CREATE INDEX letter_year IF NOT EXISTS FOR (l:Letter) ON (l.year);
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Organization|Person|Letter) ON EACH [n.name, n.aliasText, n.title];
// Deliberately no property index on HELD_ROLE.title: writes MERGE those
// relationships by that property, and with an index the planner seeks it
// for every row instead of expanding between the two bound nodes.
