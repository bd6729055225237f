// Saving a game: the move list with its setup and the rules edition it was played under (STYLE
// §13), to localStorage after every step and to a file for export. Anything read back from storage
// or a file is checked against the save schema before it is used, and a stored game that cannot
// be read is kept, not dropped, so the player can take it away.
import { POWERS, type ByPower, type Power } from '../game/index.js';
import { RULES_VERSION } from './rules-version.js';
import { problemOf, SAVE_FILE_VERSION, SAVE_FORMAT, saveEnvelopeSchema, saveSchema, type SaveProblem } from './save-schema.js';
import type { GameConfig, SaveFile, SaveStep, SeatKind } from './types.js';

export const SAVE_KEY = 'qantar.save.v1';

export type ParsedSave =
  | { readonly ok: true; readonly save: SaveFile }
  /** `rulesVersion` is the edition the text says it was written under, when it says one. */
  | { readonly ok: false; readonly problem: SaveProblem; readonly rulesVersion?: number | null };

export function makeSave(config: GameConfig, steps: readonly SaveStep[]): SaveFile {
  return { format: SAVE_FORMAT, version: SAVE_FILE_VERSION, rulesVersion: RULES_VERSION, config, steps };
}

export function serialiseSave(save: SaveFile): string {
  return JSON.stringify(save, null, 1);
}

/** Parse a save from text; a refusal names the field that is wrong. */
export function parseSave(text: string, knownScenario: (id: string) => boolean): ParsedSave {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'json' } };
  }
  const parsed = saveSchema(knownScenario).safeParse(raw);
  if (parsed.success) {
    const { config, steps, rulesVersion } = parsed.data;
    return { ok: true, save: { format: SAVE_FORMAT, version: SAVE_FILE_VERSION, rulesVersion: rulesVersion ?? null, config, steps } };
  }
  const envelope = saveEnvelopeSchema.safeParse(raw);
  const problem = problemOf(parsed.error);
  return envelope.success ? { ok: false, problem, rulesVersion: envelope.data.rulesVersion ?? null } : { ok: false, problem };
}

/** Where the running game is kept between page loads (localStorage in the browser). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why a stored game cannot simply be resumed. */
export type StoredProblem =
  | { readonly code: 'unreadable'; readonly problem: SaveProblem; readonly rulesVersion?: number | null }
  | { readonly code: 'otherEdition'; readonly rulesVersion: number | null }
  | { readonly code: 'notResumed'; readonly reason: string };

/** What the browser holds: nothing, a game to resume, or a text that is not one (kept as it is). */
export type StoredGame =
  | { readonly kind: 'none' }
  | { readonly kind: 'game'; readonly save: SaveFile; readonly text: string }
  | { readonly kind: 'unreadable'; readonly text: string; readonly problem: StoredProblem };

export class SaveSlot {
  constructor(
    private readonly store: KeyValueStore,
    private readonly knownScenario: (id: string) => boolean,
    private readonly key = SAVE_KEY,
  ) {}

  load(): StoredGame {
    let text: string | null;
    try {
      text = this.store.getItem(this.key);
    } catch {
      return { kind: 'none' };
    }
    if (text === null) return { kind: 'none' };
    const parsed = parseSave(text, this.knownScenario);
    if (!parsed.ok) return { kind: 'unreadable', text, problem: { code: 'unreadable', problem: parsed.problem, rulesVersion: parsed.rulesVersion } };
    // A game stored under other rules may not play out the same: it is not resumed.
    if (parsed.save.rulesVersion !== RULES_VERSION) return { kind: 'unreadable', text, problem: { code: 'otherEdition', rulesVersion: parsed.save.rulesVersion } };
    return { kind: 'game', save: parsed.save, text };
  }

  write(save: SaveFile): void {
    try {
      this.store.setItem(this.key, JSON.stringify(save));
    } catch {
      // A full or blocked storage must not stop the game; the export still works.
    }
  }

  clear(): void {
    try {
      this.store.removeItem(this.key);
    } catch {
      // ignore, as above
    }
  }
}

/** An in-memory store for tests and for browsers that refuse localStorage. */
export class MemoryStore implements KeyValueStore {
  private readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

export function seatsLabel(seats: ByPower<SeatKind>): string {
  return POWERS.map((p: Power) => `${p}:${seats[p]}`).join(',');
}
