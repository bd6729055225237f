// The rules edition saves are written under: the kernel's own (RULES.md's title), under the name
// the save code uses for it.
export { RULES_EDITION as RULES_VERSION } from '../game/index.js';
