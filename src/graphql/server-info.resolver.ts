import { Ctx, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "./context";
import { ServerInfo } from "./server-info.type";

@Resolver()
export class ServerInfoResolver {
  @Query(() => ServerInfo, { description: "The Neo4j server this API reads from." })
  serverInfo(@Ctx() { db }: GraphQLContext): Promise<ServerInfo> {
    return db.serverInfo();
  }
}
