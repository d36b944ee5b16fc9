// Reads the seed folder (entities.json, articles/*.json and their .txt) into validated records.
import { plainToInstance } from "class-transformer";
import { validateSync, type ValidationError } from "class-validator";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ArticleFileRecord, EntitiesFileRecord, type EntityRecord } from "./records";
import { SeedValidationError, type SeedProblem } from "./errors";

export interface SeedArticle {
  /** Path of the article's JSON, relative to the project (for messages). */
  file: string;
  record: ArticleFileRecord;
  text: string;
}

export interface SeedBundle {
  entitiesFile: string;
  entities: EntityRecord[];
  articles: SeedArticle[];
}

/** Reads and checks the shape of every record; cross-record checks are validateSeed's. */
export function readSeed(seedDir: string, displayRoot = path.dirname(seedDir)): SeedBundle {
  const problems: SeedProblem[] = [];
  const display = (file: string) => path.relative(displayRoot, file);

  const entitiesPath = path.join(seedDir, "entities.json");
  const entitiesFile = parseFile(entitiesPath, EntitiesFileRecord, display(entitiesPath), problems);

  const articlesDir = path.join(seedDir, "articles");
  const articleFiles = existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .filter((name) => name.endsWith(".json"))
        .sort()
    : [];
  const articles: SeedArticle[] = [];
  for (const name of articleFiles) {
    const file = path.join(articlesDir, name);
    const record = parseFile(file, ArticleFileRecord, display(file), problems);
    if (!record) continue;
    const textPath = path.join(articlesDir, record.article.textFile);
    if (!existsSync(textPath)) {
      problems.push({
        file: display(file),
        record: record.article.id,
        field: "article.textFile",
        message: `${record.article.textFile} does not exist beside the JSON`,
      });
      continue;
    }
    articles.push({ file: display(file), record, text: readFileSync(textPath, "utf8") });
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  return { entitiesFile: display(entitiesPath), entities: entitiesFile?.entities ?? [], articles };
}

function parseFile<T extends object>(
  file: string,
  recordClass: new () => T,
  displayName: string,
  problems: SeedProblem[],
): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file: displayName, record: "(file)", field: "(json)", message: (error as Error).message });
    return undefined;
  }
  const record = plainToInstance(recordClass, json);
  const errors = validateSync(record, { forbidUnknownValues: false, whitelist: true, forbidNonWhitelisted: true });
  for (const error of errors) collectProblems(error, json, displayName, [], problems);
  return errors.length === 0 ? record : undefined;
}

/** Flattens class-validator's nested errors into one problem per field, naming the record by its id. */
export function collectProblems(
  error: ValidationError,
  root: unknown,
  file: string,
  trail: string[],
  problems: SeedProblem[],
): void {
  const here = [...trail, error.property];
  if (error.constraints) {
    const { record, field } = locate(root, here);
    for (const message of Object.values(error.constraints)) {
      problems.push({ file, record, field, message: message.replace(/^property /, "") });
    }
  }
  for (const child of error.children ?? []) collectProblems(child, root, file, here, problems);
}

/** Splits a path like statements.12.evidence.start into the record (its id) and the field within it. */
function locate(root: unknown, trail: string[]): { record: string; field: string } {
  let node: unknown = root;
  for (let i = 0; i < trail.length; i += 1) {
    node = (node as Record<string, unknown> | undefined)?.[trail[i]];
    const next = trail[i + 1];
    if (Array.isArray(node) && next !== undefined && /^\d+$/.test(next)) {
      const item = node[Number(next)] as { id?: unknown } | undefined;
      const record = typeof item?.id === "string" ? item.id : `${trail[i]}[${next}]`;
      return { record, field: trail.slice(i + 2).join(".") || "(record)" };
    }
  }
  return { record: trail[0] ?? "(file)", field: trail.slice(1).join(".") || trail[0] || "(file)" };
}
