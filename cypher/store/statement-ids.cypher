// Every statement's id, in id order (npm run check:claims walks them in batches).
MATCH (statement:Statement)
RETURN statement.id AS id
ORDER BY id
