// The words the synthetic news is written with: name syllables for people, places and bodies, and the
// nouns, verbs and phrases its statements are made of.
import { FacilityKind } from "../src/graph/model";

/** A comma-separated list of words or phrases. */
function list(text: string): string[] {
  return text.split(",").map((item) => item.trim());
}

export const FIRST_NAMES = list(
  "Olena, Andriy, Maria, Dmytro, Iryna, Oleksandr, Kateryna, Serhiy, Natalia, Yuriy, Anna, " +
    "Mykola, Svitlana, Taras, Halyna, Viktor, Oksana, Roman, Tetiana, Ihor, John, Emma, " +
    "Michael, Sarah, David, Laura, James, Claire, Robert, Helen, Sergei, Elena, Alexei, Irina, " +
    "Nikolai, Olga, Pavel, Marina, Boris, Vera, Jan, Agnieszka, Piotr, Marta, Lukas, Sophie, " +
    "Matteo, Giulia, Pierre, Camille, Ahmed, Leila, Kenji, Yuki, Arjun, Priya, Mehmet, Ayse, " +
    "Carlos, Lucia",
);

export const NAME_STARTS = list(
  "kov, shev, bon, dar, ven, hol, mar, pet, sav, tym, zel, kra, lys, mel, nov, orl, pav, " +
    "rud, sok, tar, vas, yar, zhu, bel, cher, dov, fil, hor, kur, lev, mak, ost, pol, ros, " +
    "sem, vol",
);

export const NAME_MIDDLES = list(
  "al, ar, en, er, ich, in, or, ov, ul, yn, an, el, ush, ym, ot, am, is, ad, ek, ol",
);

export const SURNAME_ENDS = list(
  "enko, chuk, ko, ov, ova, sky, ska, yak, ets, ych, son, berg, ini, ez, ian, ovic, escu, " + "ard, er, ley",
);

export const PLACE_ENDS = list(
  "ivka, hrad, ovsk, opil, ove, ynka, ino, sk, burg, grad, tsi, ychi, any, evo, ach, ovo, " +
    "yn, iv, ets, ka",
);

export const COUNTRY_ENDS = ["ia", "stan", "land", "onia", "aria", "ova", "ea", "ar"];

export const CONTINENTS = ["Europe", "Asia", "Africa", "North America", "South America"];

export const FACILITY_NAMES: Record<FacilityKind, string> = {
  [FacilityKind.REFINERY]: "Oil Refinery",
  [FacilityKind.POWER_PLANT]: "Thermal Power Plant",
  [FacilityKind.FACTORY]: "Machine-Building Plant",
  [FacilityKind.MINE]: "Coal Mine",
  [FacilityKind.PUMPING_STATION]: "Oil Pumping Station",
  [FacilityKind.OIL_DEPOT]: "Oil Depot",
  [FacilityKind.OFFICE_BUILDING]: "Business Center",
  [FacilityKind.INSTITUTE]: "Research Institute",
};

export const NOUNS = list(
  "ceasefire, talks, sanctions, aid package, air defense, energy grid, grain exports, " +
    "front line, counteroffensive, prisoner exchange, reconstruction, mobilization, " +
    "peace plan, security guarantees, artillery shells, power outages, evacuation, " +
    "humanitarian corridor, border, budget, loan, investigation, tribunal, negotiations, " +
    "summit, shipment, convoy, ammunition, fighter jets, tanks, radar systems, pipeline, port, " +
    "railway, bridge, dam, harvest, elections, referendum, treaty, delegation, embassy, " +
    "inquiry, reforms, corruption probe, heating season, export quota, drone production, " +
    "minefields, gas transit",
);

export const ADJECTIVES = list(
  "new, urgent, long-range, additional, temporary, full, partial, joint, unprecedented, " +
    "massive, limited, fresh, critical, strategic, regional, military, civilian, " +
    "international, bilateral, emergency",
);

export const VERBS = list(
  "deliver, approve, reject, extend, suspend, resume, expand, restore, protect, investigate, " +
    "negotiate, secure, finance, support, block, review, sign, deploy, withdraw, accelerate",
);

export const TIMES = list(
  "by the end of the month, before winter, within weeks, next year, this spring, " +
    "in the coming days, as soon as possible, after the summit, before the elections, " +
    "by autumn, over the weekend, before the holidays",
);

export const MEANS = ["drones", "missiles", "glide bombs", "artillery", "FPV drones", "ballistic missiles"];

export const OUTCOMES = ["fire broke out", "intercepted", "damaged", "destroyed", "no casualties reported"];

/** What an estimate counts: the figure's unit and name. */
export const COUNTED = [
  { unit: "drones", name: "drones launched" },
  { unit: "missiles", name: "missiles fired" },
  { unit: "people", name: "people evacuated" },
  { unit: "soldiers", name: "soldiers killed or wounded" },
  { unit: "homes", name: "homes left without power" },
];
