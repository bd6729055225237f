// The fast greedy policy that spends operation points (R5), shared by every bot that thinks: the
// heuristic bot plays it, and the search uses it inside its simulations, so a card played "for
// operations" in the search tree is one edge followed by this policy's choices. Each operation is
// scored by how much it moves the evaluation (evaluate.ts) of the acting power against its rivals,
// per point spent, without copying the state.
import {
  activeSeat,
  applyLegalMoveInPlace,
  CALMING_VP,
  CHINA_DIPLOMACY_INFLUENCE,
  DIPLOMACY_INFLUENCE,
  FOOTHOLD_COST,
  INVEST_RETURN_IP,
  STATEMENTS_READINESS,
  legalMoves,
  POWERS,
  UNREST_SPREADS_AT,
  type GameState,
  type Move,
  type Power,
  type SpaceId,
} from '../rules/index.js';
import { crisisTerms, horizonOf, project, spaceTerms, W, type Horizon } from './evaluate.js';
import type { Facts } from './facts.js';

export type OperationStep = Extract<Move, { type: 'place' | 'stabilise' | 'destabilise' | 'invest' | 'diplomacy' | 'endOps' }>;

export function isOperationStep(m: Move): m is Exclude<OperationStep, { type: 'endOps' }> {
  return m.type === 'place' || m.type === 'stabilise' || m.type === 'destabilise' || m.type === 'invest' || m.type === 'diplomacy';
}

/** Weights of the policy beyond the evaluation's own. */
export const OPS = {
  /** How much a change to the leading rival's projection counts against the actor, and the other rival's. */
  leader: 0.75,
  other: 0.25,
  /** Investment survives destabilisation and the regime's fall (R5.5): a bonus per investment. */
  durable: 0.2,
  /** An operation must gain at least this per point, or the policy ends its operations. */
  minGain: 0.01,
} as const;

/**
 * How each power weighs the three projections when it spends points: its own at 1, the leading
 * rival's at −OPS.leader and the other's at −OPS.other (indexed as POWERS, one row per power).
 * The search works this out once from the position at its root and keeps it for every simulation.
 */
export type Judgement = Readonly<Record<Power, Float64Array>>;

export function judgementOf(s: GameState, f: Facts): Judgement {
  const proj = project(s, new Float64Array(3), f);
  const rows = {} as Record<Power, Float64Array>;
  for (let k = 0; k < 3; k++) {
    const w = new Float64Array(3);
    const r1 = (k + 1) % 3;
    const r2 = (k + 2) % 3;
    const lead = (proj[r1] ?? 0) >= (proj[r2] ?? 0) ? r1 : r2;
    w[k] = 1;
    w[lead] = -OPS.leader;
    w[lead === r1 ? r2 : r1] = -OPS.other;
    rows[POWERS[k] as Power] = w;
  }
  return rows;
}

const terms = new Float64Array(3);

function spaceSum(f: Facts, s: GameState, h: Horizon, i: number, w: Float64Array): number {
  spaceTerms(f, s, h, i, terms);
  return (w[0] ?? 0) * (terms[0] ?? 0) + (w[1] ?? 0) * (terms[1] ?? 0) + (w[2] ?? 0) * (terms[2] ?? 0);
}

function crisisSum(f: Facts, s: GameState, h: Horizon, unrest: number, w: Float64Array): number {
  crisisTerms(f, s, h, unrest, terms);
  return (w[0] ?? 0) * (terms[0] ?? 0) + (w[1] ?? 0) * (terms[1] ?? 0) + (w[2] ?? 0) * (terms[2] ?? 0);
}

/** Weighted change of space `i`'s terms when `who` gains `amount` influence there. */
function influenceGain(f: Facts, s: GameState, h: Horizon, i: number, who: Power, amount: number, w: Float64Array, base: number): number {
  const inf = s.influence[f.spaceIds[i] as SpaceId];
  const old = inf[who];
  inf[who] = Math.max(0, old + amount);
  const after = spaceSum(f, s, h, i, w);
  inf[who] = old;
  return after - base;
}

/** R3.2: a space's stability after event shifts, kept within 1–4 (the kernel's stabilityOf, by index). */
function stabilityIn(f: Facts, s: GameState, i: number): number {
  return Math.min(4, Math.max(1, (f.stability[i] ?? 1) + s.stabilityShift[f.spaceIds[i] as SpaceId]));
}

/**
 * R5.4 by space index, for the scoring loop: 1 point, or 2 where a rival controls the space (R3.1)
 * unless Turkey places in a Turkic space, and FOOTHOLD_COST more for a first influence in a space
 * the power's home does not touch. A test checks it against the kernel's placeCost.
 */
export function placeCost(f: Facts, s: GameState, i: number, power: Power): number {
  const inf = s.influence[f.spaceIds[i] as SpaceId];
  const foothold = inf[power] === 0 && !(f.homeTouch[power][i] ?? false) ? FOOTHOLD_COST : 0;
  if (power === 'turkey' && f.turkic[i]) return 1 + foothold;
  const st = stabilityIn(f, s, i);
  const r = inf.russia;
  const t = inf.turkey;
  const c = inf.china;
  const owner = r >= st && r - t >= st && r - c >= st ? 'russia' : t >= st && t - r >= st && t - c >= st ? 'turkey' : c >= st && c - r >= st && c - t >= st ? 'china' : null;
  return (owner === null || owner === power ? 1 : 2) + foothold;
}

/** What a step less of overstretch is worth to Russia (evaluate.ts's overstretch terms, R9.5 and R5.1). */
function overstretchRelief(f: Facts, s: GameState, h: Horizon, from: number): number {
  if (from <= f.overstretchSafe) return 0;
  return h.scorings + (from - 1 <= f.overstretchSafe ? W.weakCards * (h.incomeRounds + 1) : 0);
}

// Scratch memory of one scoring pass (no allocation on the hot path).
let bases = new Float64Array(16);
let plusOne = new Float64Array(16);
let seen = new Uint8Array(16);
const NO_SCORES = new Float64Array(0);

/**
 * Score the legal operation steps for `power` (their weighted gain per point after the cost of any
 * pool IP they use; ending operations scores OPS.minGain) into `scores` when it is long enough,
 * and return the index of the best, or −1 when nothing beats OPS.minGain. Ties keep legal order.
 */
function scan(s: GameState, power: Power, legal: readonly Move[], f: Facts, w: Float64Array, h: Horizon, scores: Float64Array): number {
  const pending = s.pending;
  const record = scores.length >= legal.length;
  if (record) scores.fill(-Infinity);
  if (!pending) return -1;
  const n = f.spaceIds.length;
  if (bases.length < n) {
    bases = new Float64Array(n);
    plusOne = new Float64Array(n);
    seen = new Uint8Array(n);
  }
  seen.fill(0);
  const unrest = s.unrest;
  let crisisNow = NaN;
  let crisisDown = NaN;
  let crisisUp = NaN;
  let best = -1;
  let bestScore: number = OPS.minGain;
  for (let k = 0; k < legal.length; k++) {
    const m = legal[k] as Move;
    if (!isOperationStep(m)) {
      if (record && m.type === 'endOps') scores[k] = OPS.minGain;
      continue;
    }
    const i = f.at[m.space];
    if (i === undefined) continue;
    if ((seen[i] ?? 0) === 0) {
      bases[i] = spaceSum(f, s, h, i, w);
      seen[i] = 1;
    }
    const base = bases[i] ?? 0;
    let cost = 2;
    let gain: number;
    if (m.type === 'diplomacy') {
      // R5.8: diplomacy puts DIPLOMACY_INFLUENCE in a member of the power's bloc.
      // R5.8's bloc bonus: China puts 2; Russia sheds a step of overstretch; Turkey's statements build readiness.
      gain = influenceGain(f, s, h, i, power, power === 'china' ? CHINA_DIPLOMACY_INFLUENCE : DIPLOMACY_INFLUENCE, w, base);
      if (power === 'russia') gain += (w[0] ?? 1) * overstretchRelief(f, s, h, s.overstretch);
      else if (s.otsReadiness < STATEMENTS_READINESS) {
        if (Number.isNaN(crisisNow)) crisisNow = crisisSum(f, s, h, unrest, w);
        s.otsReadiness += 1;
        gain += crisisSum(f, s, h, unrest, w) - crisisNow;
        s.otsReadiness -= 1;
      }
    } else if (m.type === 'place' || m.type === 'invest') {
      if ((seen[i] ?? 0) === 1) {
        plusOne[i] = influenceGain(f, s, h, i, power, 1, w, base);
        seen[i] = 2;
      }
      gain = plusOne[i] ?? 0;
      if (m.type === 'place') cost = placeCost(f, s, i, power);
      else gain += OPS.durable + INVEST_RETURN_IP * W.ip;
    } else if (m.type === 'stabilise') {
      // R5.7: unrest falls, the power's influence there grows, and calming spreading protests scores.
      if (Number.isNaN(crisisNow)) crisisNow = crisisSum(f, s, h, unrest, w);
      if (Number.isNaN(crisisDown)) crisisDown = crisisSum(f, s, h, Math.max(0, unrest - 1), w);
      gain = crisisDown - crisisNow + influenceGain(f, s, h, i, power, 1, w, base);
      if (unrest >= UNREST_SPREADS_AT) gain += CALMING_VP * (w[POWERS.indexOf(power)] ?? 1);
    } else {
      // Destabilise (R5.6): a roll above stability removes 1, a 6 removes 2; Kazakhstan's unrest
      // rises. Outside Kazakhstan it is worth weighing only where the rival holds the space or is
      // within a point of it.
      const stability = stabilityIn(f, s, i);
      const inf = s.influence[m.space];
      let other = 0;
      for (const q of POWERS) if (q !== m.rival && inf[q] > other) other = inf[q];
      if (!f.kazakhstan[i] && stability + other - inf[m.rival] > 1) continue;
      const plain = m.rival === 'china' ? s.influence[m.space].china - s.investment[m.space] : s.influence[m.space][m.rival];
      gain = (Math.max(0, 5 - stability) / 6) * influenceGain(f, s, h, i, m.rival, -1, w, base);
      gain += (1 / 6) * influenceGain(f, s, h, i, m.rival, -Math.min(2, plain), w, base);
      if (f.kazakhstan[i]) {
        if (Number.isNaN(crisisNow)) crisisNow = crisisSum(f, s, h, unrest, w);
        if (Number.isNaN(crisisUp)) crisisUp = crisisSum(f, s, h, Math.min(10, unrest + 1), w);
        gain += crisisUp - crisisNow;
      }
    }
    const fromPool = cost > pending.pointsLeft ? cost - pending.pointsLeft : 0;
    const score = (gain - fromPool * W.ip) / cost;
    if (record) scores[k] = score;
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best;
}

/**
 * The greedy policy's score of each legal operation step (index for index): its weighted gain per
 * point after the cost of any pool IP it uses; ending operations scores OPS.minGain, anything else
 * −∞.
 */
export function scoreOperations(s: GameState, power: Power, legal: readonly Move[], f: Facts): Float64Array {
  const scores = new Float64Array(legal.length);
  scan(s, power, legal, f, judgementOf(s, f)[power], horizonOf(f, s), scores);
  return scores;
}

/**
 * The greedy choice among legal operation steps: the best score, or ending operations when
 * nothing gains at least OPS.minGain per point. Deterministic; ties keep the legal-move order.
 */
export function bestOperation(s: GameState, power: Power, legal: readonly Move[], f: Facts, judgement: Judgement = judgementOf(s, f), h: Horizon = horizonOf(f, s)): Move {
  const k = scan(s, power, legal, f, judgement[power], h, NO_SCORES);
  const chosen = k >= 0 ? legal[k] : legal.find((m) => m.type === 'endOps');
  return (chosen ?? legal[0]) as Move;
}

/** The `width` best operation steps by the greedy score, best first (ending operations included). */
export function topOperations(s: GameState, power: Power, legal: readonly Move[], width: number, f: Facts): Move[] {
  const scores = scoreOperations(s, power, legal, f);
  const order = legal.map((_, k) => k).filter((k) => (scores[k] ?? -Infinity) > -Infinity);
  order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  return order.slice(0, Math.max(1, width)).map((k) => legal[k] as Move);
}

/** Spend the pending operations of `power` on `s` in place with the greedy policy, to the end of its action. */
export function spendOperations(s: GameState, power: Power, f: Facts, judgement?: Judgement): void {
  let guard = 64;
  const j = judgement ?? judgementOf(s, f);
  // The horizon (rounds and actions left) does not change while one action's points are spent.
  const h = horizonOf(f, s);
  while (s.pending !== null && !s.over && activeSeat(s) === power && guard-- > 0) {
    const legal = legalMoves(f.ix, s, power);
    const k = scan(s, power, legal, f, j[power], h, NO_SCORES);
    const move = k >= 0 ? legal[k] : legal.find((m) => m.type === 'endOps');
    if (!move) return;
    applyLegalMoveInPlace(f.ix, s, move);
  }
}

/**
 * Apply a move and, if the mover still has operations pending (after a card for operations or an
 * operation step), spend the rest greedily: the move completed into one whole action.
 */
export function playAction(s: GameState, move: Move, f: Facts, judgement?: Judgement): void {
  applyLegalMoveInPlace(f.ix, s, move);
  if (s.pending !== null && !s.over && activeSeat(s) === move.power) spendOperations(s, move.power, f, judgement);
}
