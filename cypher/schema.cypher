// Newsgraph's Cypher schema: uniqueness constraints, lookup indexes and full-text indexes.
// Applied at every start (npm start, npm run seed); IF NOT EXISTS makes it idempotent.

// One node per id, per label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (n:Facility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;

// Filters of the statements and entities queries.
CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
CREATE INDEX statement_said_from IF NOT EXISTS FOR (n:Statement) ON (n.saidFrom);
CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.articleId);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX article_published_on IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);
CREATE INDEX struck_on IF NOT EXISTS FOR ()-[r:STRUCK]-() ON (r.on);

// whoSaid: statement text and evidence, normalised (straight quotes, no elision marks) by the loader.
// No stop words are dropped: "He's no angel" must still match on "no".
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS
FOR (n:Statement) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};

// resolveEntity: canonical names and every alias, accents folded ("Zelenskyy" vs "Zelenskyi" still differ).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchNames]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
