// Maintainers' mutations: each needs an API key (@Authorized) and runs as one transaction in the store.
// Each takes an optional idempotency key; updates take the version they expect to change.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { createArticle, deleteArticle, updateArticle } from "../store/article-writes";
import { createEntity, deleteEntity, updateEntity } from "../store/entity-writes";
import { createLink, deleteLink } from "../store/link-writes";
import { createStatement, deleteStatement, updateStatement } from "../store/statement-writes";
import { CreateArticleInput, UpdateArticleInput } from "./article.input";
import { Article } from "./article.type";
import type { GraphQLContext } from "./context";
import { CreateEntityInput, UpdateEntityInput } from "./entity.input";
import { Entity } from "./entity.interface";
import { EXPECTED_VERSION_ARG, IDEMPOTENCY_KEY_ARG, once } from "./idempotency-key";
import { LinkInput } from "./link.input";
import { Link } from "./link.type";
import { CreateStatementInput, UpdateStatementInput } from "./statement.input";
import { Statement } from "./statement.type";

@Resolver()
export class MaintenanceResolver {
  @Authorized()
  @Mutation(() => Entity, { description: "Refused with ALREADY_EXISTS when the id is taken." })
  createEntity(
    @Arg("input", () => CreateEntityInput) input: CreateEntityInput,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "createEntity", idempotencyKey, { input }, (db) => createEntity(db, input));
  }

  @Authorized()
  @Mutation(() => Entity)
  updateEntity(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateEntityInput) input: UpdateEntityInput,
    @Ctx() { db }: GraphQLContext,
    @Arg("expectedVersion", () => Int, EXPECTED_VERSION_ARG) expectedVersion?: number,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "updateEntity", idempotencyKey, { id, input, expectedVersion }, (db) =>
      updateEntity(db, id, input, expectedVersion),
    );
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Refused while the entity is the speaker of statements." })
  deleteEntity(
    @Arg("id", () => ID) id: string,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "deleteEntity", idempotencyKey, { id }, (db) => deleteEntity(db, id));
  }

  @Authorized()
  @Mutation(() => Article, { description: "Refused with ALREADY_EXISTS when the id is taken." })
  createArticle(
    @Arg("input", () => CreateArticleInput) input: CreateArticleInput,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "createArticle", idempotencyKey, { input }, (db) => createArticle(db, input));
  }

  @Authorized()
  @Mutation(() => Article)
  updateArticle(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateArticleInput) input: UpdateArticleInput,
    @Ctx() { db }: GraphQLContext,
    @Arg("expectedVersion", () => Int, EXPECTED_VERSION_ARG) expectedVersion?: number,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "updateArticle", idempotencyKey, { id, input, expectedVersion }, (db) =>
      updateArticle(db, id, input, expectedVersion),
    );
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Deletes the article, its statements and the relationships it evidences.",
  })
  deleteArticle(
    @Arg("id", () => ID) id: string,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "deleteArticle", idempotencyKey, { id }, (db) => deleteArticle(db, id));
  }

  @Authorized()
  @Mutation(() => Statement, { description: "Refused with ALREADY_EXISTS when the id is taken." })
  createStatement(
    @Arg("input", () => CreateStatementInput) input: CreateStatementInput,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "createStatement", idempotencyKey, { input }, (db) => createStatement(db, input));
  }

  @Authorized()
  @Mutation(() => Statement, { description: "The speaker is replaced, never added: a statement has one." })
  updateStatement(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateStatementInput) input: UpdateStatementInput,
    @Ctx() { db }: GraphQLContext,
    @Arg("expectedVersion", () => Int, EXPECTED_VERSION_ARG) expectedVersion?: number,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "updateStatement", idempotencyKey, { id, input, expectedVersion }, (db) =>
      updateStatement(db, id, input, expectedVersion),
    );
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteStatement(
    @Arg("id", () => ID) id: string,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "deleteStatement", idempotencyKey, { id }, (db) => deleteStatement(db, id));
  }

  @Authorized()
  @Mutation(() => Link, {
    description:
      "Links two nodes: STRUCK, DISPUTES, LOCATED_IN, CONFIRMS, MENTIONS, VIA, HOLDS_ROLE or MEMBER_OF " +
      "(a statement's speaker, SAID, is set by createStatement and updateStatement). Refused with " +
      "ALREADY_EXISTS when the same link exists.",
  })
  link(
    @Arg("input", () => LinkInput) input: LinkInput,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "link", idempotencyKey, { input }, (db) => createLink(db, input));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Deletes the relationship with this id (from `link` or a query)." })
  unlink(
    @Arg("id", () => ID) id: string,
    @Ctx() { db }: GraphQLContext,
    @Arg("idempotencyKey", () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey?: string,
  ) {
    return once(db, "unlink", idempotencyKey, { id }, (db) => deleteLink(db, id));
  }
}
