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
  INVEST_RETURN_IP,
  STATEMENTS_READINESS,
  POWERS,
  turkishAidBuildsReadiness,
  UNREST_SPREADS_AT,
  type GameState,
  type Move,
  type PendingOps,
  type Power,
  type SpaceId,
} from '../rules/index.js';
import { crisisTerms, horizonOf, project, W, type Horizon } from './evaluate.js';
import type { Facts } from './facts.js';
import { DESTABILISE, DIPLOMACY, INVEST, listOperationSteps, OperationSteps, PLACE, STABILISE, stepMove } from './operation-steps.js';
import { placeCost, stabilityIn } from './place-cost.js';
import { spaceMemoFor, weightedSpace, type SpaceMemo } from './space-memo.js';

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

function crisisSum(f: Facts, s: GameState, h: Horizon, unrest: number, w: Float64Array): number {
  crisisTerms(f, s, h, unrest, terms);
  return (w[0] ?? 0) * (terms[0] ?? 0) + (w[1] ?? 0) * (terms[1] ?? 0) + (w[2] ?? 0) * (terms[2] ?? 0);
}

/** What a step less of overstretch is worth to Russia (evaluate.ts's overstretch terms, R9.5 and R5.1). */
function overstretchRelief(f: Facts, s: GameState, h: Horizon, from: number): number {
  if (from <= f.overstretchSafe) return 0;
  return h.scorings + (from - 1 <= f.overstretchSafe ? W.weakCards * (h.incomeRounds + 1) : 0);
}

const NO_SCORES = new Float64Array(0);
const steps = new OperationSteps();

/** Step kinds by the kernel's move type, for scoring a list of Move objects. */
const KIND_OF: Readonly<Record<Exclude<OperationStep, { type: 'endOps' }>['type'], number>> = {
  place: PLACE,
  invest: INVEST,
  destabilise: DESTABILISE,
  stabilise: STABILISE,
  diplomacy: DIPLOMACY,
};

/**
 * One scoring pass over a position's operation steps: what every step's score shares (the
 * position, the weights, each space's current weighted terms and the crisis terms, worked out
 * once and only when first needed) and the score of one step. The same pass scores a kernel list
 * of moves (scan) and the policy's own list by index (spendOperations), so both score alike.
 */
class Pass {
  private s!: GameState;
  private power: Power = 'russia';
  private f!: Facts;
  private w!: Float64Array;
  private h!: Horizon;
  private pending!: PendingOps;
  private memo!: SpaceMemo;
  /** Numbers the passes, so that a memo entry is checked against the state once per pass. */
  private number = 0;
  private crisisNow = NaN;
  private crisisDown = NaN;
  private crisisUp = NaN;

  /** Start a pass on `s` for `power`, whose operations are pending. */
  begin(s: GameState, power: Power, f: Facts, w: Float64Array, h: Horizon, pending: PendingOps): void {
    this.s = s;
    this.power = power;
    this.f = f;
    this.w = w;
    this.h = h;
    this.pending = pending;
    this.memo = spaceMemoFor(f, h, w, power);
    this.number++;
    this.crisisNow = NaN;
    this.crisisDown = NaN;
    this.crisisUp = NaN;
  }

  /** Bring the memo's entry for space `i` up to the state's influence and stability (once a pass). */
  private check(i: number): void {
    const m = this.memo;
    if (m.checked[i] === this.number) return;
    m.checked[i] = this.number;
    const { s, f } = this;
    const inf = s.influence[f.spaceIds[i] as SpaceId];
    const r = inf.russia;
    const t = inf.turkey;
    const c = inf.china;
    const st = stabilityIn(f, s, i);
    if (m.known[i] === 1 && m.r[i] === r && m.t[i] === t && m.c[i] === c && m.st[i] === st) return;
    m.forget(i);
    m.r[i] = r;
    m.t[i] = t;
    m.c[i] = c;
    m.st[i] = st;
    m.base[i] = weightedSpace(f, this.h, i, r, t, c, st, this.w);
    m.known[i] = 1;
  }

  /** Weighted change of space `i`'s terms when `who` gains `amount` influence there (check(i) first). */
  private gain(i: number, who: Power, amount: number): number {
    const m = this.memo;
    let r = m.r[i] ?? 0;
    let t = m.t[i] ?? 0;
    let c = m.c[i] ?? 0;
    if (who === 'russia') r = Math.max(0, r + amount);
    else if (who === 'turkey') t = Math.max(0, t + amount);
    else c = Math.max(0, c + amount);
    return weightedSpace(this.f, this.h, i, r, t, c, m.st[i] ?? 1, this.w) - (m.base[i] ?? 0);
  }

  /** gain(i, power, 1), from the memo when known. */
  private plusOne(i: number): number {
    const m = this.memo;
    if (m.plusOneKnown[i] === 0) {
      m.plusOne[i] = this.gain(i, this.power, 1);
      m.plusOneKnown[i] = 1;
    }
    return m.plusOne[i] ?? 0;
  }

  /** R5.8: the gain of the power's diplomatic influence in space `i` (China puts 2), from the memo when known. */
  private diplomacy(i: number): number {
    const m = this.memo;
    if (m.diplomacyKnown[i] === 0) {
      m.diplomacy[i] = this.gain(i, this.power, this.power === 'china' ? CHINA_DIPLOMACY_INFLUENCE : DIPLOMACY_INFLUENCE);
      m.diplomacyKnown[i] = 1;
    }
    return m.diplomacy[i] ?? 0;
  }

  /** placeCost of space `i` for the power, from the memo when known. */
  private placeCost(i: number): number {
    const m = this.memo;
    if (m.placeCostKnown[i] === 0) {
      m.placeCost[i] = placeCost(this.f, this.s, i, this.power);
      m.placeCostKnown[i] = 1;
    }
    return m.placeCost[i] ?? 0;
  }

  /**
   * R5.6: the expected gain, before unrest, of destabilising POWERS[rival] in space `i`, whose
   * stability is `stability` and where the rival has `plain` influence; from the memo when known.
   */
  private destabilise(i: number, rival: number, stability: number, plain: number): number {
    const m = this.memo;
    const at = 3 * i + rival;
    if (m.destabiliseKnown[at] === 0 || m.destabilisePlain[at] !== plain) {
      const target = POWERS[rival] as Power;
      let gain = (Math.max(0, 5 - stability) / 6) * this.gain(i, target, -1);
      gain += (1 / 6) * this.gain(i, target, -Math.min(2, plain));
      m.destabilise[at] = gain;
      m.destabilisePlain[at] = plain;
      m.destabiliseKnown[at] = 1;
    }
    return m.destabilise[at] ?? 0;
  }

  /**
   * The score of one step (kind as in operation-steps.ts, in space `i`, against POWERS[rival] if it
   * destabilises): its weighted gain per point after the cost of any pool IP it uses, or −∞ for a
   * destabilisation not worth weighing.
   */
  score(kind: number, i: number, rival: number): number {
    const { s, power, f, w, h } = this;
    const unrest = s.unrest;
    this.check(i);
    let cost = 2;
    let gain: number;
    if (kind === DIPLOMACY) {
      // R5.8: diplomacy puts DIPLOMACY_INFLUENCE in a member of the power's bloc.
      // R5.8's bloc bonus: China puts 2; Russia sheds a step of overstretch; Turkey's statements build readiness.
      gain = this.diplomacy(i);
      if (power === 'russia') gain += (w[0] ?? 1) * overstretchRelief(f, s, h, s.overstretch);
      else if (power === 'turkey' && s.otsReadiness < STATEMENTS_READINESS) {
        if (Number.isNaN(this.crisisNow)) this.crisisNow = crisisSum(f, s, h, unrest, w);
        s.otsReadiness += 1;
        gain += crisisSum(f, s, h, unrest, w) - this.crisisNow;
        s.otsReadiness -= 1;
      }
    } else if (kind === PLACE || kind === INVEST) {
      gain = this.plusOne(i);
      if (kind === PLACE) cost = this.placeCost(i);
      else gain += OPS.durable + INVEST_RETURN_IP * W.ip;
    } else if (kind === STABILISE) {
      // R5.7: unrest falls, the power's influence there grows, and calming spreading protests scores.
      if (Number.isNaN(this.crisisNow)) this.crisisNow = crisisSum(f, s, h, unrest, w);
      if (Number.isNaN(this.crisisDown)) {
        const aid = turkishAidBuildsReadiness(f.ix, s, power);
        if (aid) s.otsReadiness += 1;
        this.crisisDown = crisisSum(f, s, h, Math.max(0, unrest - 1), w);
        if (aid) s.otsReadiness -= 1;
      }
      gain = this.crisisDown - this.crisisNow + this.plusOne(i);
      if (unrest >= UNREST_SPREADS_AT) gain += CALMING_VP * (w[POWERS.indexOf(power)] ?? 1);
    } else {
      // Destabilise (R5.6): a roll above stability removes 1, a 6 removes 2; Kazakhstan's unrest
      // rises. Outside Kazakhstan it is worth weighing only where the rival holds the space or is
      // within a point of it.
      // The memo's numbers are the space's now (check above).
      const m = this.memo;
      const stability = m.st[i] ?? 1;
      const r = m.r[i] ?? 0;
      const t = m.t[i] ?? 0;
      const c = m.c[i] ?? 0;
      const held = rival === 0 ? r : rival === 1 ? t : c;
      const other = Math.max(0, rival === 0 ? 0 : r, rival === 1 ? 0 : t, rival === 2 ? 0 : c);
      if (!f.kazakhstan[i] && stability + other - held > 1) return -Infinity;
      const plain = rival === 2 ? c - s.investment[f.spaceIds[i] as SpaceId] : held;
      gain = this.destabilise(i, rival, stability, plain);
      if (f.kazakhstan[i]) {
        if (Number.isNaN(this.crisisNow)) this.crisisNow = crisisSum(f, s, h, unrest, w);
        if (Number.isNaN(this.crisisUp)) this.crisisUp = crisisSum(f, s, h, Math.min(10, unrest + 1), w);
        gain += this.crisisUp - this.crisisNow;
      }
    }
    const pointsLeft = this.pending.pointsLeft;
    const fromPool = cost > pointsLeft ? cost - pointsLeft : 0;
    return (gain - fromPool * W.ip) / cost;
  }
}

const pass = new Pass();

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
  pass.begin(s, power, f, w, h, pending);
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
    const score = pass.score(KIND_OF[m.type], i, m.type === 'destabilise' ? POWERS.indexOf(m.rival) : -1);
    if (record) scores[k] = score;
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best;
}

/**
 * The greedy step of `power` now, as spendOperations takes it: the best of the kernel's legal
 * moves by scan, found from the policy's own list of steps (the same steps in the same order, so
 * ties go the same way), or null where the kernel would offer no move to end operations with.
 */
function greedyStep(s: GameState, power: Power, f: Facts, w: Float64Array, h: Horizon): Move | null {
  const pending = s.pending;
  // legalMoves offers nothing here (another scenario's state, a call to answer, another's turn).
  if (!pending || s.scenarioHash !== f.ix.hash || s.interrupt !== null || s.order[s.turn] !== power) return null;
  listOperationSteps(f, s, power, pending, steps);
  pass.begin(s, power, f, w, h, pending);
  let best = -1;
  let bestScore: number = OPS.minGain;
  for (let k = 0; k < steps.count; k++) {
    const score = pass.score(steps.kind[k] ?? PLACE, steps.space[k] ?? 0, steps.rival[k] ?? -1);
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best >= 0 ? stepMove(f, steps, best, power) : { type: 'endOps', power };
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
    const move = greedyStep(s, power, f, j[power], h);
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
