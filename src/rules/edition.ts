// The edition of the rules (RULES.md's title). A save records it: a save of another edition is
// replayed if every move still applies, and refused with the edition named otherwise.
export const RULES_EDITION = 2;
