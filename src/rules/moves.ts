// The one text form of a move and the one way to read a move from outside (STYLE §14): `moveId`
// and `parseMoveId` are used by saves, games.csv, the report and the bots' search trees; `parseMove`
// checks anything that arrives from a network, a file or the boardgame.io adapter; `describeMove`
// gives the message key and params that the log and the bots' explanations turn into words.
import { z } from 'zod';
import { MOVE_TYPES, OPERATIONS, POWERS, SPACE_IDS, type Message, type Move, type MoveType, type Operation } from './types.js';

const power = z.enum(POWERS);
const space = z.enum(SPACE_IDS);
const card = z.string();

/** The shape of every move; unknown keys are refused, so a move means exactly one thing. */
const moveSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('playOps'), power, card }),
  z.strictObject({ type: z.literal('playEvent'), power, card, target: space.optional() }),
  z.strictObject({ type: z.literal('place'), power, space }),
  z.strictObject({ type: z.literal('stabilise'), power, space }),
  z.strictObject({ type: z.literal('destabilise'), power, space, rival: power }),
  z.strictObject({ type: z.literal('invest'), power, space }),
  z.strictObject({ type: z.literal('diplomacy'), power, space }),
  z.strictObject({ type: z.literal('endOps'), power }),
  z.strictObject({ type: z.literal('answerCall'), power }),
  z.strictObject({ type: z.literal('declineCall'), power }),
  z.strictObject({ type: z.literal('pass'), power }),
]);

/** `raw` as a move if it has the shape of one (legality is the kernel's next question), else null. */
export function parseMove(raw: unknown): Move | null {
  const parsed = moveSchema.safeParse(raw);
  if (!parsed.success) return null;
  const m = parsed.data;
  // zod keeps an explicit `target: undefined`; a move without a target has no such key.
  if (m.type === 'playEvent' && m.target === undefined) return { type: m.type, power: m.power, card: m.card };
  return m;
}

export function isOperation(type: MoveType): type is Operation {
  return (OPERATIONS as readonly string[]).includes(type);
}

/** A step inside a card's operations (R5): an operation or ending them. */
export function isOperationStep(type: MoveType): boolean {
  return type === 'endOps' || isOperation(type);
}

/** Whether a move is a whole action (R4.1): a card played, the call answered, or a pass. */
export function isAction(move: Move): boolean {
  return move.type === 'playOps' || move.type === 'playEvent' || move.type === 'answerCall' || move.type === 'declineCall' || move.type === 'pass';
}

/**
 * The move as text: its type, its power, then its arguments, joined by ':'
 * ("playEvent:russia:paratroopers_land:kz_south", "destabilise:turkey:kz_west:russia"). Card ids
 * are identifiers (the loader checks), so the separator never appears inside a field.
 */
export function moveId(move: Move): string {
  switch (move.type) {
    case 'playOps':
      return `${move.type}:${move.power}:${move.card}`;
    case 'playEvent':
      return move.target ? `${move.type}:${move.power}:${move.card}:${move.target}` : `${move.type}:${move.power}:${move.card}`;
    case 'place':
    case 'stabilise':
    case 'invest':
    case 'diplomacy':
      return `${move.type}:${move.power}:${move.space}`;
    case 'destabilise':
      return `${move.type}:${move.power}:${move.space}:${move.rival}`;
    case 'endOps':
    case 'answerCall':
    case 'declineCall':
    case 'pass':
      return `${move.type}:${move.power}`;
  }
}

/** The move a moveId names, or null if the text is not one. */
export function parseMoveId(id: string): Move | null {
  const [type, power, a, b, ...rest] = id.split(':');
  if (rest.length > 0 || !(MOVE_TYPES as readonly (string | undefined)[]).includes(type)) return null;
  const fields: Record<string, string | undefined> = { type, power };
  switch (type as MoveType) {
    case 'playOps':
      Object.assign(fields, { card: a }, b === undefined ? {} : { extra: b });
      break;
    case 'playEvent':
      Object.assign(fields, { card: a }, b === undefined ? {} : { target: b });
      break;
    case 'place':
    case 'stabilise':
    case 'invest':
    case 'diplomacy':
      Object.assign(fields, { space: a }, b === undefined ? {} : { extra: b });
      break;
    case 'destabilise':
      Object.assign(fields, { space: a, rival: b });
      break;
    default:
      if (a !== undefined) fields.extra = a;
  }
  return parseMove(fields);
}

/** Whether two moves are the same choice (field by field; the order of keys does not matter). */
export function sameMove(a: Move, b: Move): boolean {
  if (a.type !== b.type || a.power !== b.power) return false;
  const x = a as Partial<Record<'card' | 'space' | 'rival' | 'target', string>>;
  const y = b as Partial<Record<'card' | 'space' | 'rival' | 'target', string>>;
  return x.card === y.card && x.space === y.space && x.rival === y.rival && x.target === y.target;
}

/**
 * The move in words, as a message key and its params (`move.<type>`; `move.playEventAt` for an
 * event with a target). `points`, when known, is what a card played for operations is worth.
 */
export function describeMove(move: Move, points?: number): Message {
  switch (move.type) {
    case 'playOps':
      return points === undefined
        ? { key: 'move.playOps', params: { power: move.power, card: move.card } }
        : { key: 'move.playOpsPoints', params: { power: move.power, card: move.card, count: points } };
    case 'playEvent':
      return move.target
        ? { key: 'move.playEventAt', params: { power: move.power, card: move.card, space: move.target } }
        : { key: 'move.playEvent', params: { power: move.power, card: move.card } };
    case 'place':
    case 'stabilise':
    case 'invest':
    case 'diplomacy':
      return { key: `move.${move.type}`, params: { power: move.power, space: move.space } };
    case 'destabilise':
      return { key: 'move.destabilise', params: { power: move.power, space: move.space, rival: move.rival } };
    case 'endOps':
    case 'answerCall':
    case 'declineCall':
    case 'pass':
      return { key: `move.${move.type}`, params: { power: move.power } };
  }
}
