// Identity: every node kind has a unique, stable id.
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (o:Organization) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT letter_id IF NOT EXISTS FOR (l:Letter) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT letter_sha256 IF NOT EXISTS FOR (l:Letter) REQUIRE l.sha256 IS UNIQUE;
CREATE CONSTRAINT office_id IF NOT EXISTS FOR (o:Office) REQUIRE o.id IS UNIQUE;
