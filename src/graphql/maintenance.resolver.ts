// Maintainers' mutations: each needs an API key (@Authorized) and runs as one transaction in the store.
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { createArticle, deleteArticle, updateArticle } from "../store/article-writes";
import { createEntity, deleteEntity, updateEntity } from "../store/entity-writes";
import { createLink, deleteLink } from "../store/link-writes";
import { createStatement, deleteStatement, updateStatement } from "../store/statement-writes";
import { CreateArticleInput, UpdateArticleInput } from "./article.input";
import { Article } from "./article.type";
import type { GraphQLContext } from "./context";
import { CreateEntityInput, UpdateEntityInput } from "./entity.input";
import { Entity } from "./entity.interface";
import { LinkInput } from "./link.input";
import { Link } from "./link.type";
import { CreateStatementInput, UpdateStatementInput } from "./statement.input";
import { Statement } from "./statement.type";

@Resolver()
export class MaintenanceResolver {
  @Authorized()
  @Mutation(() => Entity)
  createEntity(
    @Arg("input", () => CreateEntityInput) input: CreateEntityInput,
    @Ctx() { db }: GraphQLContext,
  ) {
    return createEntity(db, input);
  }

  @Authorized()
  @Mutation(() => Entity)
  updateEntity(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateEntityInput) input: UpdateEntityInput,
    @Ctx() { db }: GraphQLContext,
  ) {
    return updateEntity(db, id, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Refused while the entity is the speaker of statements." })
  deleteEntity(@Arg("id", () => ID) id: string, @Ctx() { db }: GraphQLContext) {
    return deleteEntity(db, id);
  }

  @Authorized()
  @Mutation(() => Article)
  createArticle(
    @Arg("input", () => CreateArticleInput) input: CreateArticleInput,
    @Ctx() { db }: GraphQLContext,
  ) {
    return createArticle(db, input);
  }

  @Authorized()
  @Mutation(() => Article)
  updateArticle(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateArticleInput) input: UpdateArticleInput,
    @Ctx() { db }: GraphQLContext,
  ) {
    return updateArticle(db, id, input);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Deletes the article, its statements and the relationships it evidences.",
  })
  deleteArticle(@Arg("id", () => ID) id: string, @Ctx() { db }: GraphQLContext) {
    return deleteArticle(db, id);
  }

  @Authorized()
  @Mutation(() => Statement)
  createStatement(
    @Arg("input", () => CreateStatementInput) input: CreateStatementInput,
    @Ctx() { db }: GraphQLContext,
  ) {
    return createStatement(db, input);
  }

  @Authorized()
  @Mutation(() => Statement)
  updateStatement(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateStatementInput) input: UpdateStatementInput,
    @Ctx() { db }: GraphQLContext,
  ) {
    return updateStatement(db, id, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteStatement(@Arg("id", () => ID) id: string, @Ctx() { db }: GraphQLContext) {
    return deleteStatement(db, id);
  }

  @Authorized()
  @Mutation(() => Link, {
    description:
      "Links two nodes: SAID, STRUCK, DISPUTES, LOCATED_IN, CONFIRMS, MENTIONS, VIA, HOLDS_ROLE or MEMBER_OF.",
  })
  link(@Arg("input", () => LinkInput) input: LinkInput, @Ctx() { db }: GraphQLContext) {
    return createLink(db, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Deletes the relationship with this id (from `link` or a query)." })
  unlink(@Arg("id", () => ID) id: string, @Ctx() { db }: GraphQLContext) {
    return deleteLink(db, id);
  }
}
