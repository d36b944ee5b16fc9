// Verbs that report a strike on a place or a facility, by lemma, and the nouns for what it used.

export const STRIKE_VERBS = new Set([
  "strike",
  "hit",
  "attack",
  "target",
  "shell",
  "bomb",
  "pound",
  "raid",
  "destroy",
  "damage",
  "bombard",
  "launch",
  "fire",
]);

/** "launched drones at the port": the target follows one of these. */
export const LAUNCH_TARGET_PREPOSITIONS = new Set(["at", "against", "toward", "towards", "on"]);

/** What a strike used, as written: "with drones", "launched 40 missiles". */
export const WEAPON_NOUNS = new Set([
  "drone",
  "missile",
  "rocket",
  "shell",
  "bomb",
  "artillery",
  "airstrike",
  "strike",
  "glide bomb",
  "mortar",
]);

/** Armies named by their country's demonym: "Russian forces", "Ukrainian troops". */
export const ARMY_NOUNS = new Set(["forces", "troops", "army", "military", "soldiers"]);
