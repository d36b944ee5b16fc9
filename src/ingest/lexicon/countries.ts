// General world knowledge the rules need to read news: countries with their demonyms and the metonyms for
// their governments (capitals, seats of power), and continents. Nothing here is specific to any article,
// except the countries an article teaches by using a name and its demonym together (localCountries).

export interface Country {
  name: string;
  aliases: readonly string[];
  demonyms: readonly string[];
  /** Names used for the country's government: its capital, the seat of power. */
  metonyms: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  { name: "Ukraine", aliases: [], demonyms: ["Ukrainian"], metonyms: ["Kyiv", "Kiev", "Bankova"] },
  {
    name: "Russia",
    aliases: ["Russian Federation"],
    demonyms: ["Russian"],
    metonyms: ["Moscow", "Kremlin", "the Kremlin"],
  },
  {
    name: "United States",
    aliases: ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America", "the U.S.", "the US"],
    demonyms: ["American", "U.S.", "US"],
    metonyms: ["Washington", "White House", "the White House"],
  },
  {
    name: "United Kingdom",
    aliases: ["UK", "U.K.", "Britain", "Great Britain"],
    demonyms: ["British", "U.K.", "UK"],
    metonyms: ["London", "Downing Street"],
  },
  { name: "Belarus", aliases: [], demonyms: ["Belarusian"], metonyms: ["Minsk"] },
  { name: "Poland", aliases: [], demonyms: ["Polish"], metonyms: ["Warsaw"] },
  { name: "Germany", aliases: [], demonyms: ["German"], metonyms: ["Berlin"] },
  { name: "France", aliases: [], demonyms: ["French"], metonyms: ["Paris", "Elysee", "the Elysee"] },
  { name: "Italy", aliases: [], demonyms: ["Italian"], metonyms: ["Rome"] },
  { name: "Spain", aliases: [], demonyms: ["Spanish"], metonyms: ["Madrid"] },
  { name: "Hungary", aliases: [], demonyms: ["Hungarian"], metonyms: ["Budapest"] },
  { name: "Slovakia", aliases: [], demonyms: ["Slovak"], metonyms: ["Bratislava"] },
  { name: "Czech Republic", aliases: ["Czechia"], demonyms: ["Czech"], metonyms: ["Prague"] },
  { name: "Romania", aliases: [], demonyms: ["Romanian"], metonyms: ["Bucharest"] },
  { name: "Moldova", aliases: [], demonyms: ["Moldovan"], metonyms: ["Chisinau"] },
  { name: "Georgia", aliases: [], demonyms: ["Georgian"], metonyms: ["Tbilisi"] },
  { name: "Lithuania", aliases: [], demonyms: ["Lithuanian"], metonyms: ["Vilnius"] },
  { name: "Latvia", aliases: [], demonyms: ["Latvian"], metonyms: ["Riga"] },
  { name: "Estonia", aliases: [], demonyms: ["Estonian"], metonyms: ["Tallinn"] },
  { name: "Finland", aliases: [], demonyms: ["Finnish"], metonyms: ["Helsinki"] },
  { name: "Sweden", aliases: [], demonyms: ["Swedish"], metonyms: ["Stockholm"] },
  { name: "Norway", aliases: [], demonyms: ["Norwegian"], metonyms: ["Oslo"] },
  { name: "Denmark", aliases: [], demonyms: ["Danish"], metonyms: ["Copenhagen"] },
  {
    name: "Netherlands",
    aliases: ["the Netherlands", "Holland"],
    demonyms: ["Dutch"],
    metonyms: ["The Hague"],
  },
  { name: "Belgium", aliases: [], demonyms: ["Belgian"], metonyms: [] },
  { name: "Austria", aliases: [], demonyms: ["Austrian"], metonyms: ["Vienna"] },
  { name: "Switzerland", aliases: [], demonyms: ["Swiss"], metonyms: ["Bern"] },
  { name: "Turkey", aliases: ["Turkiye", "Türkiye"], demonyms: ["Turkish"], metonyms: ["Ankara"] },
  { name: "Greece", aliases: [], demonyms: ["Greek"], metonyms: ["Athens"] },
  { name: "Bulgaria", aliases: [], demonyms: ["Bulgarian"], metonyms: ["Sofia"] },
  { name: "Serbia", aliases: [], demonyms: ["Serbian"], metonyms: ["Belgrade"] },
  { name: "Croatia", aliases: [], demonyms: ["Croatian"], metonyms: ["Zagreb"] },
  { name: "Canada", aliases: [], demonyms: ["Canadian"], metonyms: ["Ottawa"] },
  { name: "Mexico", aliases: [], demonyms: ["Mexican"], metonyms: [] },
  { name: "Brazil", aliases: [], demonyms: ["Brazilian"], metonyms: ["Brasilia"] },
  {
    name: "China",
    aliases: ["People's Republic of China", "PRC"],
    demonyms: ["Chinese"],
    metonyms: ["Beijing"],
  },
  { name: "Japan", aliases: [], demonyms: ["Japanese"], metonyms: ["Tokyo"] },
  { name: "India", aliases: [], demonyms: ["Indian"], metonyms: ["New Delhi"] },
  { name: "Pakistan", aliases: [], demonyms: ["Pakistani"], metonyms: ["Islamabad"] },
  {
    name: "North Korea",
    aliases: ["Democratic People's Republic of Korea", "DPRK"],
    demonyms: ["North Korean"],
    metonyms: ["Pyongyang"],
  },
  { name: "South Korea", aliases: ["Republic of Korea"], demonyms: ["South Korean"], metonyms: ["Seoul"] },
  { name: "Iran", aliases: [], demonyms: ["Iranian"], metonyms: ["Tehran"] },
  { name: "Iraq", aliases: [], demonyms: ["Iraqi"], metonyms: ["Baghdad"] },
  { name: "Syria", aliases: [], demonyms: ["Syrian"], metonyms: ["Damascus"] },
  { name: "Israel", aliases: [], demonyms: ["Israeli"], metonyms: ["Jerusalem"] },
  { name: "Saudi Arabia", aliases: [], demonyms: ["Saudi"], metonyms: ["Riyadh"] },
  { name: "Qatar", aliases: [], demonyms: ["Qatari"], metonyms: ["Doha"] },
  { name: "United Arab Emirates", aliases: ["UAE"], demonyms: ["Emirati"], metonyms: ["Abu Dhabi"] },
  { name: "Egypt", aliases: [], demonyms: ["Egyptian"], metonyms: ["Cairo"] },
  { name: "Kazakhstan", aliases: [], demonyms: ["Kazakh"], metonyms: ["Astana"] },
  { name: "Azerbaijan", aliases: [], demonyms: ["Azerbaijani"], metonyms: ["Baku"] },
  { name: "Armenia", aliases: [], demonyms: ["Armenian"], metonyms: ["Yerevan"] },
  { name: "Australia", aliases: [], demonyms: ["Australian"], metonyms: ["Canberra"] },
  { name: "South Africa", aliases: [], demonyms: ["South African"], metonyms: ["Pretoria"] },
];

export const CONTINENTS: readonly string[] = [
  "Europe",
  "Asia",
  "Africa",
  "North America",
  "South America",
  "Latin America",
  "Antarctica",
  "Oceania",
];

function keyOf(value: string): string {
  return value.replace(/[’]/g, "'").toLowerCase();
}

const BY_NAME = new Map<string, Country>();
const BY_DEMONYM = new Map<string, Country>();
const BY_METONYM = new Map<string, Country>();
for (const country of COUNTRIES) {
  for (const name of [country.name, ...country.aliases]) BY_NAME.set(keyOf(name), country);
  for (const demonym of country.demonyms) BY_DEMONYM.set(keyOf(demonym), country);
  for (const metonym of country.metonyms) BY_METONYM.set(keyOf(metonym), country);
}

/** Countries one article names that the tables above do not know, by name and by demonym. */
export interface LocalCountries {
  byName: ReadonlyMap<string, Country>;
  byDemonym: ReadonlyMap<string, Country>;
}

export function countryNamed(value: string, local?: LocalCountries): Country | undefined {
  return BY_NAME.get(keyOf(value)) ?? local?.byName.get(keyOf(value));
}

/** "Russian" → Russia; also "U.S." used as an adjective. */
export function countryOfDemonym(value: string, local?: LocalCountries): Country | undefined {
  return BY_DEMONYM.get(keyOf(value)) ?? local?.byDemonym.get(keyOf(value));
}

/** Demonym endings and what the country's name ends with instead: "Veldorian" → "Veldoria", "Karslandic" → "Karsland". */
const DEMONYM_ENDINGS: readonly [string, readonly string[]][] = [
  ["ian", ["ia", "", "y"]],
  ["ean", ["ea", "e"]],
  ["an", ["a", ""]],
  ["ic", ["", "ia", "y"]],
  ["ish", ["", "land"]],
  ["ese", ["", "a"]],
  ["i", [""]],
];

function titleCase(lower: string): string {
  return lower.replace(/(^|[\s-])\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/**
 * Countries the article teaches: a capitalised word that reads as the demonym of another capitalised word of
 * the same article ("Karslandic forces … in Karsland") makes that word a country, unless either is known or
 * the name is an ordinary word ("Republican" and "republic").
 */
export function localCountries(
  capitalizedWords: ReadonlySet<string>,
  isOrdinaryWord: (lower: string) => boolean,
): LocalCountries {
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  for (const word of capitalizedWords) {
    if (BY_DEMONYM.has(word) || BY_NAME.has(word) || !/^\p{Ll}{5,}$/u.test(word)) continue;
    for (const [ending, replacements] of DEMONYM_ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      const name = replacements
        .map((replacement) => stem + replacement)
        .find((candidate) => candidate.length >= 4 && candidate !== word && capitalizedWords.has(candidate));
      if (name === undefined || BY_NAME.has(name) || isOrdinaryWord(name)) continue;
      const country = byName.get(name) ?? { name: titleCase(name), aliases: [], demonyms: [], metonyms: [] };
      country.demonyms = [...country.demonyms, titleCase(word)];
      byName.set(name, country);
      byDemonym.set(word, country);
      break;
    }
  }
  return { byName, byDemonym };
}

/** "Moscow", "the Kremlin" → Russia, when the name stands for the government. */
export function countryOfMetonym(value: string): Country | undefined {
  return BY_METONYM.get(keyOf(value));
}

const TAKES_ARTICLE = new Set([
  "United States",
  "United Kingdom",
  "Netherlands",
  "Czech Republic",
  "United Arab Emirates",
]);

/** The country as it reads after "of": "Government of the United States". */
export function ofCountry(name: string): string {
  return TAKES_ARTICLE.has(name) ? `the ${name}` : name;
}

export function isContinent(value: string): boolean {
  return CONTINENTS.some((continent) => keyOf(continent) === keyOf(value));
}
