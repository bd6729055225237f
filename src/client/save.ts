// Saving a game: the move list with its setup (STYLE §13), to localStorage after every step and to
// a file for export. Anything read back from storage or a file is checked before it is used.
import { parseMove, POWERS, type ByPower, type Explanation, type Message, type Power } from '../game/index.js';
import { SEAT_KINDS, type GameConfig, type SaveFile, type SaveStep, type SeatKind } from './types.js';

export const SAVE_KEY = 'qantar.save.v1';

export type ParsedSave = { readonly ok: true; readonly save: SaveFile } | { readonly ok: false; readonly error: string };

export function makeSave(config: GameConfig, steps: readonly SaveStep[]): SaveFile {
  return { format: 'qantar-save', version: 1, config, steps };
}

export function serialiseSave(save: SaveFile): string {
  return JSON.stringify(save, null, 1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMessage(value: unknown): value is Message {
  return isRecord(value) && typeof value.key === 'string' && isRecord(value.params) && Object.values(value.params).every((v) => typeof v === 'string' || typeof v === 'number');
}

function isExplanation(value: unknown): value is Explanation {
  return isRecord(value) && isMessage(value) && isMessage(value.move) && Array.isArray(value.effects) && (value.effects as unknown[]).every(isMessage);
}

function isSeatKind(value: unknown): value is SeatKind {
  return typeof value === 'string' && (SEAT_KINDS as readonly string[]).includes(value);
}

/** Parse a save from text; the error names what is wrong (the caller translates the frame). */
export function parseSave(text: string, knownScenario: (id: string) => boolean): ParsedSave {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'json' };
  }
  if (!isRecord(raw) || raw.format !== 'qantar-save' || raw.version !== 1) return { ok: false, error: 'format' };
  const config = raw.config;
  if (!isRecord(config)) return { ok: false, error: 'config' };
  const { scenarioId, seed, agendas, seats } = config;
  if (typeof scenarioId !== 'string' || !knownScenario(scenarioId)) return { ok: false, error: 'scenario' };
  if (typeof seed !== 'number' || !Number.isInteger(seed)) return { ok: false, error: 'seed' };
  if (typeof agendas !== 'boolean') return { ok: false, error: 'config' };
  if (!isRecord(seats)) return { ok: false, error: 'seats' };
  const seatKinds = {} as ByPower<SeatKind>;
  for (const power of POWERS) {
    const kind = seats[power];
    if (!isSeatKind(kind)) return { ok: false, error: 'seats' };
    seatKinds[power] = kind;
  }
  if (!Array.isArray(raw.steps)) return { ok: false, error: 'steps' };
  const steps: SaveStep[] = [];
  for (const item of raw.steps as unknown[]) {
    if (!isRecord(item)) return { ok: false, error: 'steps' };
    const move = parseMove(item.move);
    if (!move) return { ok: false, error: 'steps' };
    // First saves kept explanations as English sentences; only the coded form is kept now.
    const explanation = isExplanation(item.explanation) ? item.explanation : undefined;
    steps.push(explanation === undefined ? { move } : { move, explanation });
  }
  return { ok: true, save: makeSave({ scenarioId, seed, agendas, seats: seatKinds }, steps) };
}

/** Where the running game is kept between page loads (localStorage in the browser). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export class SaveSlot {
  constructor(
    private readonly store: KeyValueStore,
    private readonly knownScenario: (id: string) => boolean,
    private readonly key = SAVE_KEY,
  ) {}

  load(): SaveFile | null {
    let text: string | null = null;
    try {
      text = this.store.getItem(this.key);
    } catch {
      return null;
    }
    if (text === null) return null;
    const parsed = parseSave(text, this.knownScenario);
    return parsed.ok ? parsed.save : null;
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
