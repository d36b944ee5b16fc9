// The kind of an organisation, a facility or a place, read from its head word ("… Ministry", "… Refinery").
import { FacilityKind, OrganizationKind, PlaceKind } from "../../graph/model";

export const ORGANIZATION_KIND_BY_HEAD: ReadonlyMap<string, OrganizationKind> = new Map([
  ["ministry", OrganizationKind.MINISTRY],
  ["government", OrganizationKind.GOVERNMENT],
  ["administration", OrganizationKind.GOVERNMENT],
  ["cabinet", OrganizationKind.GOVERNMENT],
  ["kremlin", OrganizationKind.GOVERNMENT],
  ["office", OrganizationKind.GOVERNMENT_BODY],
  ["council", OrganizationKind.GOVERNMENT_BODY],
  ["agency", OrganizationKind.GOVERNMENT_BODY],
  ["department", OrganizationKind.GOVERNMENT_BODY],
  ["commission", OrganizationKind.GOVERNMENT_BODY],
  ["bureau", OrganizationKind.GOVERNMENT_BODY],
  ["directorate", OrganizationKind.GOVERNMENT_BODY],
  ["authority", OrganizationKind.GOVERNMENT_BODY],
  ["police", OrganizationKind.GOVERNMENT_BODY],
  ["court", OrganizationKind.GOVERNMENT_BODY],
  ["parliament", OrganizationKind.LEGISLATURE],
  ["congress", OrganizationKind.LEGISLATURE],
  ["senate", OrganizationKind.LEGISLATURE],
  ["house", OrganizationKind.LEGISLATURE],
  ["duma", OrganizationKind.LEGISLATURE],
  ["rada", OrganizationKind.LEGISLATURE],
  ["assembly", OrganizationKind.LEGISLATURE],
  ["legislature", OrganizationKind.LEGISLATURE],
  ["forces", OrganizationKind.ARMED_FORCES],
  ["army", OrganizationKind.ARMED_FORCES],
  ["navy", OrganizationKind.ARMED_FORCES],
  ["military", OrganizationKind.ARMED_FORCES],
  ["staff", OrganizationKind.ARMED_FORCES_BODY],
  ["command", OrganizationKind.ARMED_FORCES_BODY],
  ["guard", OrganizationKind.ARMED_FORCES_BODY],
  ["brigade", OrganizationKind.MILITARY_UNIT],
  ["battalion", OrganizationKind.MILITARY_UNIT],
  ["regiment", OrganizationKind.MILITARY_UNIT],
  ["corps", OrganizationKind.MILITARY_UNIT],
  ["intelligence", OrganizationKind.INTELLIGENCE_SERVICE],
  ["service", OrganizationKind.INTELLIGENCE_SERVICE],
  ["committee", OrganizationKind.INVESTIGATIVE_BODY],
  ["bank", OrganizationKind.COMPANY],
  ["company", OrganizationKind.COMPANY],
  ["corporation", OrganizationKind.COMPANY],
  ["corp", OrganizationKind.COMPANY],
  ["inc", OrganizationKind.COMPANY],
  ["ltd", OrganizationKind.COMPANY],
  ["llc", OrganizationKind.COMPANY],
  ["holdings", OrganizationKind.COMPANY],
  ["industries", OrganizationKind.COMPANY],
  ["airlines", OrganizationKind.COMPANY],
  ["news", OrganizationKind.MEDIA_OUTLET],
  ["times", OrganizationKind.MEDIA_OUTLET],
  ["post", OrganizationKind.MEDIA_OUTLET],
  ["journal", OrganizationKind.MEDIA_OUTLET],
  ["telegraph", OrganizationKind.MEDIA_OUTLET],
  ["guardian", OrganizationKind.MEDIA_OUTLET],
  ["tribune", OrganizationKind.MEDIA_OUTLET],
  ["herald", OrganizationKind.MEDIA_OUTLET],
  ["gazette", OrganizationKind.MEDIA_OUTLET],
  ["daily", OrganizationKind.MEDIA_OUTLET],
  ["radio", OrganizationKind.MEDIA_OUTLET],
  ["chronicle", OrganizationKind.MEDIA_OUTLET],
  ["tv", OrganizationKind.MEDIA_OUTLET],
  ["television", OrganizationKind.MEDIA_OUTLET],
  ["magazine", OrganizationKind.MEDIA_OUTLET],
  ["alliance", OrganizationKind.ALLIANCE],
  ["union", OrganizationKind.SUPRANATIONAL_UNION],
  ["nations", OrganizationKind.SUPRANATIONAL_UNION],
  ["party", OrganizationKind.GROUP],
  ["campaign", OrganizationKind.GROUP],
  ["movement", OrganizationKind.GROUP],
  ["foundation", OrganizationKind.GROUP],
  ["association", OrganizationKind.GROUP],
  ["institute", OrganizationKind.GROUP],
  ["organization", OrganizationKind.GROUP],
  ["group", OrganizationKind.GROUP],
]);

/** Head words of the bodies a party label belongs to: "Republican National Committee", "Democratic Party". */
export const PARTY_BODY_HEADS = new Set([
  "party",
  "committee",
  "association",
  "council",
  "caucus",
  "club",
  "coalition",
  "conference",
  "fund",
  "pac",
  "league",
  "federation",
  "network",
  "institute",
  "foundation",
]);

/** Head words of institutions named after a person: "George W. Bush Presidential Center", "Clinton Foundation". */
export const NAMED_AFTER_HEADS = new Set([
  "center",
  "centre",
  "foundation",
  "institute",
  "library",
  "museum",
  "school",
  "university",
  "college",
]);

/** Head words of institutions numbered after their name: "Intermediate School 285", "Local 32". */
export const NUMBERED_HEADS = new Set(["school", "precinct", "local"]);

/** Outlets whose names have no telling head word. */
export const MEDIA_OUTLETS = new Set([
  "cnn",
  "msnbc",
  "fox",
  "fox news",
  "nbc",
  "abc",
  "cbs",
  "npr",
  "pbs",
  "bbc",
  "reuters",
  "ap",
  "associated press",
  "afp",
  "bloomberg",
  "politico",
  "axios",
  "breitbart",
  "breitbart news",
  "huffington post",
  "the hill",
  "vox",
  "slate",
  "salon",
  "buzzfeed",
  "interfax",
  "tass",
  "ria novosti",
  "ukrinform",
  "suspilne",
]);

/** Verbs whose subject ("the Arizona Republic reported") is an outlet, by lemma. */
export const OUTLET_SUBJECT_VERBS = new Set(["report", "publish", "editorialize", "endorse"]);

/** Verbs whose object ("told the Tribune") is an outlet, by lemma. */
export const OUTLET_OBJECT_VERBS = new Set(["tell"]);

/**
 * The head words of facilities, longest first where one contains another, with the kind when the graph has
 * one for it ("Bethesda Naval Hospital" is a facility of no listed kind).
 */
export const FACILITY_KIND_BY_HEAD: ReadonlyMap<string, FacilityKind | undefined> = new Map<
  string,
  FacilityKind | undefined
>([
  ["power plant", FacilityKind.POWER_PLANT],
  ["power station", FacilityKind.POWER_PLANT],
  ["substation", FacilityKind.POWER_PLANT],
  ["refinery", FacilityKind.REFINERY],
  ["pumping station", FacilityKind.PUMPING_STATION],
  ["oil depot", FacilityKind.OIL_DEPOT],
  ["fuel depot", FacilityKind.OIL_DEPOT],
  ["depot", FacilityKind.OIL_DEPOT],
  ["terminal", FacilityKind.OIL_DEPOT],
  ["plant", FacilityKind.FACTORY],
  ["factory", FacilityKind.FACTORY],
  ["works", FacilityKind.FACTORY],
  ["mill", FacilityKind.FACTORY],
  ["mine", FacilityKind.MINE],
  ["institute", FacilityKind.INSTITUTE],
  ["hospital", undefined],
  ["hotel", undefined],
  ["airport", undefined],
  ["prison", undefined],
  ["stadium", undefined],
  ["arena", undefined],
  ["coliseum", undefined],
  ["tower", undefined],
  ["bridge", undefined],
]);

/** The NLP server's place classes and the kind each gives. */
export const PLACE_KIND_BY_NER: Readonly<Record<string, PlaceKind | undefined>> = {
  COUNTRY: PlaceKind.COUNTRY,
  STATE_OR_PROVINCE: PlaceKind.REGION,
  CITY: PlaceKind.CITY,
  LOCATION: undefined,
};

/** Place kinds read from the last word of a place's name: "Kharkiv Oblast", "Donetsk People's Republic". */
export const PLACE_KIND_BY_SUFFIX: ReadonlyMap<string, PlaceKind> = new Map([
  ["oblast", PlaceKind.OBLAST],
  ["region", PlaceKind.REGION],
  ["province", PlaceKind.REGION],
  ["state", PlaceKind.REGION],
  ["county", PlaceKind.REGION],
  ["republic", PlaceKind.REPUBLIC],
  ["city", PlaceKind.CITY],
]);
