// The whole seed bundle as one GraphBatch.
import type { EntityRecord } from "./records";
import {
  articleRow,
  emptyBatch,
  entityRow,
  listedRelationshipRow,
  statementRelationshipRows,
  statementRow,
  type GraphBatch,
} from "./graph-batch";
import type { SeedBundle } from "./read";

export function seedBatch(bundle: SeedBundle): GraphBatch {
  const batch = emptyBatch();
  const entitiesById = new Map<string, EntityRecord>(bundle.entities.map((entity) => [entity.id, entity]));
  batch.entities = bundle.entities.map(entityRow);
  for (const { record, text } of bundle.articles) {
    const articleId = record.article.id;
    const publisher = entitiesById.get(record.article.publisher)?.name ?? record.article.publisher;
    batch.articles.push(articleRow(record.article, text, publisher));
    for (const statement of record.statements) {
      batch.statements.push(statementRow(articleId, statement));
      batch.relationships.push(...statementRelationshipRows(articleId, statement));
    }
    for (const relationship of record.relationships) {
      batch.relationships.push(listedRelationshipRow(articleId, relationship));
    }
  }
  return batch;
}
