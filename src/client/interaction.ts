// What the player is in the middle of choosing (a card, an event target, an operation), and which
// spaces that makes legal targets: derived from the kernel's legal moves only (STYLE §1, §11).
import type { Move, Operation, Power, SpaceId } from '../game/index.js';

export type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'card'; readonly card: string }
  | { readonly kind: 'event'; readonly card: string }
  | { readonly kind: 'op'; readonly op: Operation }
  | { readonly kind: 'rival'; readonly space: SpaceId };

export const NONE: Selection = { kind: 'none' };

type SpaceMove = Extract<Move, { space: SpaceId }>;

function isSpaceMove(m: Move): m is SpaceMove {
  return 'space' in m;
}

/** The operations that have at least one legal space now, in a fixed order. */
export function availableOps(legal: readonly Move[]): Operation[] {
  const order: Operation[] = ['place', 'stabilise', 'destabilise', 'invest', 'diplomacy'];
  return order.filter((op) => legal.some((m) => m.type === op));
}

/** The selection to start from after the model changed: keep it if still meaningful. */
export function normalise(selection: Selection, legal: readonly Move[], hand: readonly string[] | null): Selection {
  const pending = legal.some((m) => m.type === 'endOps');
  if (pending) {
    if ((selection.kind === 'op' && legal.some((m) => m.type === selection.op)) || selection.kind === 'rival') return selection;
    const first = availableOps(legal)[0];
    return first ? { kind: 'op', op: first } : NONE;
  }
  if ((selection.kind === 'card' || selection.kind === 'event') && hand?.includes(selection.card) && legal.length > 0) return selection;
  return NONE;
}

/** Legal target spaces of the current selection, for the map's highlight. */
export function targetsFor(selection: Selection, legal: readonly Move[]): SpaceId[] {
  const out = new Set<SpaceId>();
  for (const m of legal) {
    if (selection.kind === 'event' && m.type === 'playEvent' && m.card === selection.card && m.target) out.add(m.target);
    if (selection.kind === 'op' && m.type === selection.op && isSpaceMove(m)) out.add(m.space);
  }
  return [...out];
}

/** The legal moves a click on `space` stands for (several when a rival must be chosen). */
export function movesAt(selection: Selection, space: SpaceId, legal: readonly Move[]): Move[] {
  if (selection.kind === 'event') return legal.filter((m) => m.type === 'playEvent' && m.card === selection.card && m.target === space);
  if (selection.kind === 'op') return legal.filter((m) => m.type === selection.op && isSpaceMove(m) && m.space === space);
  return [];
}

/** The move a click means even if it is illegal, so the kernel can say why. */
export function intendedMove(selection: Selection, space: SpaceId, power: Power, legal: readonly Move[]): Move | null {
  switch (selection.kind) {
    case 'event':
      return { type: 'playEvent', power, card: selection.card, target: space };
    case 'op': {
      if (selection.op === 'destabilise') {
        const rival = legal.find((m): m is Extract<Move, { type: 'destabilise' }> => m.type === 'destabilise')?.rival ?? (power === 'russia' ? 'turkey' : 'russia');
        return { type: 'destabilise', power, space, rival };
      }
      return { type: selection.op, power, space };
    }
    default:
      return null;
  }
}

export function eventMovesFor(card: string, legal: readonly Move[]): Move[] {
  return legal.filter((m) => m.type === 'playEvent' && m.card === card);
}

export function opsMoveFor(card: string, legal: readonly Move[]): Move | undefined {
  return legal.find((m) => m.type === 'playOps' && m.card === card);
}
