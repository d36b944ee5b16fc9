// Given names and the short forms the news writes for them ("Bill" for William, "Jim" for James): one
// person's two first names. Lower-case. A short form may belong to several given names ("Ted": Edward,
// Theodore; "Pat": Patrick, Patricia): two first names agree when they share one. And whether a given
// name is a man's or a woman's, from the given-name lists of gender-detection-from-name.
import { getGender } from "gender-detection-from-name";

/** Each given name with its usual short forms and diminutives. */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  abigail: ["abby"],
  albert: ["al", "bert"],
  alexander: ["alex", "sandy"],
  alexandra: ["alex", "sandy"],
  andrew: ["andy", "drew"],
  anthony: ["tony"],
  benjamin: ["ben", "benny"],
  bernard: ["bernie"],
  bradley: ["brad"],
  catherine: ["cathy", "kate", "katie"],
  charles: ["charlie", "chuck"],
  christine: ["chris"],
  christopher: ["chris"],
  clifford: ["cliff"],
  daniel: ["dan", "danny"],
  david: ["dave"],
  deborah: ["deb", "debbie"],
  donald: ["don", "donny"],
  douglas: ["doug"],
  edward: ["ed", "eddie", "ted", "teddy", "ned"],
  elizabeth: ["liz", "beth", "betsy", "betty", "lizzie"],
  eugene: ["gene"],
  francis: ["frank"],
  franklin: ["frank"],
  frederick: ["fred", "freddie"],
  geoffrey: ["geoff", "jeff"],
  gerald: ["jerry", "gerry"],
  gregory: ["greg"],
  harold: ["harry", "hal"],
  henry: ["harry", "hank", "hal"],
  jacob: ["jake"],
  jacqueline: ["jackie"],
  james: ["jim", "jimmy", "jamie"],
  jeffrey: ["jeff"],
  jennifer: ["jen", "jenny"],
  john: ["jack", "johnny"],
  jonathan: ["jon"],
  joseph: ["joe", "joey"],
  joshua: ["josh"],
  katherine: ["kate", "katie", "kathy"],
  kathleen: ["kathy", "kate"],
  kenneth: ["ken", "kenny"],
  lawrence: ["larry"],
  leonard: ["len", "lenny"],
  louis: ["lou"],
  margaret: ["maggie", "meg", "peggy"],
  martin: ["marty"],
  matthew: ["matt"],
  michael: ["mike", "mick"],
  mitchell: ["mitch"],
  nathaniel: ["nate", "nat"],
  nicholas: ["nick", "nicky"],
  patricia: ["pat", "patty", "trish"],
  patrick: ["pat", "paddy"],
  peter: ["pete"],
  philip: ["phil"],
  phillip: ["phil"],
  randolph: ["randy"],
  raymond: ["ray"],
  rebecca: ["becky"],
  richard: ["dick", "rick", "ricky", "rich"],
  robert: ["bob", "bobby", "rob", "robbie"],
  ronald: ["ron", "ronnie"],
  samuel: ["sam", "sammy"],
  stephen: ["steve"],
  steven: ["steve"],
  susan: ["sue", "susie"],
  terence: ["terry"],
  terrence: ["terry"],
  theodore: ["ted", "teddy", "theo"],
  thomas: ["tom", "tommy"],
  timothy: ["tim"],
  victoria: ["vicky", "tori"],
  vincent: ["vince"],
  walter: ["walt"],
  william: ["bill", "billy", "will", "willie"],
  zachary: ["zach", "zack"],
};

/** Each first name of the list → the given names it is or shortens. */
const GIVEN_NAMES_OF = new Map<string, Set<string>>();
for (const [given, shortForms] of Object.entries(SHORT_FORMS)) {
  for (const form of [given, ...shortForms]) {
    const names = GIVEN_NAMES_OF.get(form) ?? new Set<string>();
    GIVEN_NAMES_OF.set(form, names.add(given));
  }
}

/**
 * The other first names the same person may go by ("jim" → james, jimmy, jamie), lower-case, the name
 * itself left out; empty for a name the list does not hold.
 */
export function sameGivenNames(firstName: string): string[] {
  const word = firstName.toLowerCase();
  const forms = new Set<string>();
  for (const given of GIVEN_NAMES_OF.get(word) ?? []) {
    forms.add(given);
    for (const form of SHORT_FORMS[given]) forms.add(form);
  }
  forms.delete(word);
  return [...forms];
}

/** A first name with the other first names the same person may go by ("bill" → bill, william, billy…). */
export function firstNameForms(firstName: string): string[] {
  return [firstName.toLowerCase(), ...sameGivenNames(firstName)];
}

export type Gender = "male" | "female";

/**
 * Whether people of a first name are men or women, when its forms agree: "hillary" female, "bill" male;
 * undefined for a name the lists lack or one whose forms disagree ("chris": Christopher and Christine).
 */
export function genderOf(firstName: string): Gender | undefined {
  const genders = new Set(firstNameForms(firstName).map((form) => getGender(form, "en")));
  const [gender] = genders;
  return genders.size === 1 && gender !== "unknown" ? gender : undefined;
}
