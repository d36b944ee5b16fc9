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
CREATE CONSTRAINT utterance_id IF NOT EXISTS FOR (n:Utterance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_merge_id IF NOT EXISTS FOR (n:EntityMerge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT merged_entity_id IF NOT EXISTS FOR (n:MergedEntity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT rejected_extraction_id IF NOT EXISTS FOR (n:RejectedExtraction) REQUIRE n.id IS UNIQUE;

// One relationship per id, per type: a second create of the same link fails here, even when two
// arrive at the same moment (src/store/graph-loader.ts turns the failure into ALREADY_EXISTS).
CREATE CONSTRAINT said_id IF NOT EXISTS FOR ()-[r:SAID]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT via_id IF NOT EXISTS FOR ()-[r:VIA]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT disputes_id IF NOT EXISTS FOR ()-[r:DISPUTES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT confirms_id IF NOT EXISTS FOR ()-[r:CONFIRMS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT struck_id IF NOT EXISTS FOR ()-[r:STRUCK]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT holds_role_id IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;

// At most one speaker and one article per statement: SAID and REPORTED_IN carry their statement's id,
// unique per type, so a second SAID into a statement fails at commit whoever writes it. "At least one"
// and "evidence on every evidenced relationship" need existence constraints, which Neo4j Community does
// not have: the loader checks them in the writing transaction and `npm run check:graph` counts them.
CREATE CONSTRAINT said_statement IF NOT EXISTS FOR ()-[r:SAID]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT reported_in_statement IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() REQUIRE r.statementId IS UNIQUE;

// Idempotency keys of mutations (src/store/idempotency.ts): claimed in the write's own transaction.
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.key IS UNIQUE;
CREATE INDEX idempotency_key_expires_at IF NOT EXISTS FOR (n:IdempotencyKey) ON (n.expiresAt);

// The change feed (src/store/changes.ts): one head node, and entries numbered without gaps in commit order.
CREATE CONSTRAINT change_feed_name IF NOT EXISTS FOR (n:ChangeFeed) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:Change) REQUIRE n.seq IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);

// Filters of the statements and entities queries.
CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
CREATE INDEX statement_said_from IF NOT EXISTS FOR (n:Statement) ON (n.saidFrom);
CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.articleId);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX article_published_on IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);
// Ingestion finds an article it stored before by the digest of its text.
CREATE INDEX article_text_hash IF NOT EXISTS FOR (n:Article) ON (n.textHash);
CREATE INDEX struck_on IF NOT EXISTS FOR ()-[r:STRUCK]-() ON (r.on);
// The relationships an article's text is evidence for, by type: replacing an ingested article's
// extractions and summing up what it holds find them here instead of scanning every relationship.
CREATE INDEX struck_article IF NOT EXISTS FOR ()-[r:STRUCK]-() ON (r.articleId);
CREATE INDEX located_in_article IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.articleId);
CREATE INDEX holds_role_article IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.articleId);
CREATE INDEX member_of_article IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.articleId);
CREATE INDEX disputes_article IF NOT EXISTS FOR ()-[r:DISPUTES]-() ON (r.articleId);
CREATE INDEX confirms_article IF NOT EXISTS FOR ()-[r:CONFIRMS]-() ON (r.articleId);
// Merges by the entity kept and by the one merged (src/store/entity-merges.ts).
CREATE INDEX entity_merge_keep IF NOT EXISTS FOR (n:EntityMerge) ON (n.keep);
CREATE INDEX entity_merge_merged IF NOT EXISTS FOR (n:EntityMerge) ON (n.merged);
// Entities an ingested article introduced (replaced with its extractions when it is read again).
CREATE INDEX entity_extracted_from IF NOT EXISTS FOR (n:Entity) ON (n.extractedFrom);

// whoSaid: statement text and evidence, normalised (straight quotes, no elision marks) by the loader.
// No stop words are dropped: "He's no angel" must still match on "no".
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS
FOR (n:Statement) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};

// resolveEntity: canonical names and every alias, accents folded ("Zelenskyy" vs "Zelenskyi" still differ).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchNames]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
