// Laws, programmes, treaties, eras and personifications the NLP server tags as people or organisations
// ("Obamacare said" is no one speaking; "Jim Crow" is an era of laws, "Uncle Sam" the country). Compared
// lower-case, whole name. A name of the graph's own kinds (people, organisations, places, facilities) they
// are not: the graph names them in statements' words, not as entities.

export const PROGRAMS = new Set([
  "obamacare",
  "affordable care act",
  "medicaid",
  "medicare",
  "social security",
  "nafta",
  "tpp",
  "trans-pacific partnership",
  "dodd-frank",
  "jim crow",
  "uncle sam",
]);
