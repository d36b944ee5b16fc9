// Disputes: who answered whom
// speaker -SAID-> statement -DISPUTES-> statement <-SAID- speaker. In the graph view each DISPUTES
// arrow points from the rebuttal to the statement it rejects or corrects; follow SAID back to see who
// answered whom (e.g. Ukraine's Foreign Ministry and its spokesperson Heorhii Tykhyi against Russia's
// demand that NATO revoke its 2008 promise; the Kyiv Independent fact-checking Donald Trump).
MATCH path = (speaker:Entity)-[:SAID]->(rebuttal:Statement)-[:DISPUTES]->(disputed:Statement)<-[:SAID]-(answered:Entity)
RETURN path
