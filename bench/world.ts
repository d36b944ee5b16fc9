// The synthetic world the benchmark's news is about: continents, countries and their place hierarchy
// (oblast → city → village), facilities in cities, governments, ministries, armed forces, outlets,
// companies and people — each list ordered by how popular it is with speakers, mentions or attackers.
import { EntityType, FacilityKind, OrganizationKind, PlaceKind, slugify } from "../src/graph/model";
import type { EntityRecord } from "../src/seed/records";
import { Random, Zipf } from "./random";
import {
  CONTINENTS,
  COUNTRY_ENDS,
  FACILITY_NAMES,
  FIRST_NAMES,
  NAME_MIDDLES,
  NAME_STARTS,
  PLACE_ENDS,
  SURNAME_ENDS,
} from "./vocabulary";

/** A LOCATED_IN fact, written into a gazetteer article as "<from> is a <kind> in <to>." */
export interface Location {
  from: EntityRecord;
  to: EntityRecord;
}

export interface World {
  entities: EntityRecord[];
  locations: Location[];
  /** Who speaks: people and official bodies, most popular first. */
  speakers: Zipf<EntityRecord>;
  /** What statements name, most popular first. */
  mentionable: Zipf<EntityRecord>;
  /** Armed forces and units that strike, most active first. */
  attackers: Zipf<EntityRecord>;
  /** Facilities, cities and villages that get struck. */
  targets: Zipf<EntityRecord>;
  publishers: Zipf<EntityRecord>;
  /** The place each facility, city or village lies in directly. */
  parentOf: Map<string, EntityRecord>;
}

/** How many of each thing a graph of `statements` statements holds: the world grows with the news. */
export function worldSize(statements: number) {
  const countries = Math.min(80, 6 + Math.round(statements / 20_000));
  return {
    countries,
    placesPerCountry: Math.max(6, Math.round(statements / 40 / countries)),
    persons: Math.max(20, Math.round(statements / 25)),
    facilities: Math.max(8, Math.round(statements / 200)),
    otherOrganizations: Math.max(10, Math.round(statements / 150)),
  };
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

class WorldBuilder {
  readonly entities: EntityRecord[] = [];
  readonly locations: Location[] = [];
  readonly parentOf = new Map<string, EntityRecord>();
  private readonly ids = new Set<string>();

  constructor(private readonly random: Random) {}

  add(type: EntityType, name: string, fields: Partial<EntityRecord> = {}): EntityRecord {
    const prefix = type.toLowerCase();
    const base = `${prefix}/${slugify(name)}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n += 1) id = `${base}-${n}`;
    this.ids.add(id);
    const entity: EntityRecord = { id, type, name, aliases: [], description: null, ...fields };
    this.entities.push(entity);
    return entity;
  }

  locate(from: EntityRecord, to: EntityRecord): void {
    this.locations.push({ from, to });
    this.parentOf.set(from.id, to);
  }

  placeName(): string {
    const { random } = this;
    return capitalize(`${random.pick(NAME_STARTS)}${random.pick(NAME_MIDDLES)}${random.pick(PLACE_ENDS)}`);
  }

  personName(): string {
    const { random } = this;
    const surname = `${random.pick(NAME_STARTS)}${random.pick(NAME_MIDDLES)}${random.pick(SURNAME_ENDS)}`;
    return `${random.pick(FIRST_NAMES)} ${capitalize(surname)}`;
  }
}

/** Builds the world deterministically from `random`. */
export function buildWorld(random: Random, statements: number): World {
  const size = worldSize(statements);
  const world = new WorldBuilder(random);
  const continents = CONTINENTS.map((name) =>
    world.add(EntityType.Place, name, { kind: PlaceKind.CONTINENT }),
  );
  const cities: EntityRecord[] = [];
  const villages: EntityRecord[] = [];
  const countryBodies: EntityRecord[] = [];
  const armedForces: EntityRecord[] = [];
  // Branching per level so that oblasts + cities + villages ≈ placesPerCountry.
  const branching = Math.max(1, Math.cbrt(size.placesPerCountry));
  const children = () => Math.max(1, Math.round(branching * (0.6 + random.next() * 0.8)));

  for (let c = 0; c < size.countries; c += 1) {
    const stem = `${random.pick(NAME_STARTS)}${random.pick(NAME_MIDDLES)}`;
    const countryName = capitalize(`${stem}${random.pick(COUNTRY_ENDS)}`);
    const country = world.add(EntityType.Place, countryName, { kind: PlaceKind.COUNTRY });
    world.locate(country, random.pick(continents));
    let budget = size.placesPerCountry;
    for (let o = children(); o > 0 && budget > 0; o -= 1, budget -= 1) {
      const oblast = world.add(EntityType.Place, `${world.placeName()} Oblast`, { kind: PlaceKind.OBLAST });
      world.locate(oblast, country);
      for (let t = children(); t > 0 && budget > 0; t -= 1, budget -= 1) {
        const city = world.add(EntityType.Place, world.placeName(), { kind: PlaceKind.CITY });
        world.locate(city, oblast);
        cities.push(city);
        for (let v = children(); v > 0 && budget > 0; v -= 1, budget -= 1) {
          const kind = random.chance(0.3) ? PlaceKind.TOWN : PlaceKind.VILLAGE;
          const village = world.add(EntityType.Place, world.placeName(), { kind });
          world.locate(village, city);
          villages.push(village);
        }
      }
    }
    const body = (name: string, kind: OrganizationKind, aliases: string[] = []) => {
      const organization = world.add(EntityType.Organization, name, { kind, country: country.id, aliases });
      world.locate(organization, country);
      countryBodies.push(organization);
      return organization;
    };
    body(`Government of ${countryName}`, OrganizationKind.GOVERNMENT, [`${countryName}'s government`]);
    body(`Ministry of Defense of ${countryName}`, OrganizationKind.MINISTRY);
    body(`Ministry of Foreign Affairs of ${countryName}`, OrganizationKind.MINISTRY);
    armedForces.push(body(`Armed Forces of ${countryName}`, OrganizationKind.ARMED_FORCES));
  }

  const facilities: EntityRecord[] = [];
  const facilityKinds = Object.values(FacilityKind);
  for (let f = 0; f < size.facilities; f += 1) {
    const city = random.pick(cities);
    const kind = random.pick(facilityKinds);
    const facility = world.add(EntityType.Facility, `${city.name} ${FACILITY_NAMES[kind]}`, { kind });
    world.locate(facility, city);
    facilities.push(facility);
  }

  const outlets: EntityRecord[] = [];
  const units: EntityRecord[] = [];
  const others: EntityRecord[] = [];
  for (let o = 0; o < size.otherOrganizations; o += 1) {
    const stem = world.placeName();
    const roll = random.next();
    if (roll < 0.2 || outlets.length < 3) {
      const suffix = random.pick(["Daily", "Times", "News Agency", "Independent", "Radio", "Post"]);
      outlets.push(
        world.add(EntityType.Organization, `${stem} ${suffix}`, { kind: OrganizationKind.MEDIA_OUTLET }),
      );
    } else if (roll < 0.4) {
      const unit = `${random.int(1, 250)}th ${random.pick(["Brigade", "Regiment", "Battalion"])} ${stem}`;
      units.push(world.add(EntityType.Organization, unit, { kind: OrganizationKind.MILITARY_UNIT }));
    } else {
      const [suffix, kind] = random.pick([
        ["Energy", OrganizationKind.COMPANY],
        ["Steel", OrganizationKind.COMPANY],
        ["Foundation", OrganizationKind.GROUP],
        ["Monitoring Mission", OrganizationKind.INVESTIGATIVE_BODY],
        ["Alliance", OrganizationKind.ALLIANCE],
      ] as const);
      others.push(world.add(EntityType.Organization, `${stem} ${suffix}`, { kind }));
    }
  }

  const persons: EntityRecord[] = [];
  for (let p = 0; p < size.persons; p += 1) {
    const name = world.personName();
    persons.push(world.add(EntityType.Person, name, { aliases: [name.split(" ")[1]] }));
  }

  const ranked = (items: EntityRecord[], exponent: number) => new Zipf(random.shuffle([...items]), exponent);
  return {
    entities: world.entities,
    locations: world.locations,
    parentOf: world.parentOf,
    speakers: ranked([...persons, ...countryBodies, ...outlets, ...units], 1),
    mentionable: ranked(world.entities, 1),
    attackers: ranked([...armedForces, ...units], 1.2),
    targets: ranked([...facilities, ...facilities, ...cities, ...villages], 0.6),
    publishers: ranked(outlets, 1),
  };
}
