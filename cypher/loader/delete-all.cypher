// Loader: empties the graph (npm run seed -- --reset), inside the seed's own transaction.
MATCH (node)
DETACH DELETE node
