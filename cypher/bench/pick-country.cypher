// Benchmark parameters: the country with the most strikes on anything inside it.
MATCH (country:Place {kind: 'COUNTRY'})
WITH country, COUNT { (country)<-[:LOCATED_IN*0..12]-(:Entity)<-[:STRUCK]-(:Entity) } AS strikes
WHERE strikes > 0
RETURN country.id AS id, strikes
ORDER BY strikes DESC, id
LIMIT 1
