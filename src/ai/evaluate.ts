// The evaluation every bot shares: each power's projected final victory points from a position,
// and from those a reward in [0, 1] per power (its margin over its best rival), so three-player
// search credits each power with its own result (STYLE §7).
//
// It reads only public facts of the state (board, tracks, scores) plus the evaluated power's own
// agenda, so it gives the same answer on any state dealt from the same view.
//
// Terms of a power's projection (weights in W below; R-numbers from RULES.md):
//
// | term               | who      | value                                                                    | rule        |
// | ------------------ | -------- | ------------------------------------------------------------------------ | ----------- |
// | banked VP          | all      | 1 per VP                                                                 | R9          |
// | control            | all      | (value + 1 if own bloc) × Σ over scorings ahead of hold(need, actions)   | R9.1, R9.2  |
// |                    |          | need = stability + best rival − own influence (≤ 0: controlled); hold is |  R3.1       |
// |                    |          | a logistic in need that flattens the more actions remain (W.holdBase…)   |             |
// | income             | all      | W.ip × rounds of income ahead × hold, own-bloc spaces only               | R5.3        |
// | presence           | all      | W.presence per influence point on the board (reach, tie-break)           | R3.3, R10.3 |
// | IP pool            | all      | W.ip per IP                                                              | R5.2        |
// | tempo              | all      | W.tempo per tempo earned this round (next round's order)                 | R4.2        |
// | regime fall risk   | all      | −W.fallRisk[unrest] × (fall cost + W.fallInfluence × own Kazakh plain    | R6.5        |
// |                    |          | influence; Turkey: + the readiness and the voice the fall takes),        |             |
// |                    |          | × W.fallRiskIfAnswerable while someone is able to answer                 | R9.4        |
// | the call           | RU, TR   | +W.answerOption if it may answer the open call now; +W.answerSoon ×      | R6.3, R6.4  |
// |                    |          | closeness of unrest to the threshold if it could answer one              |             |
// | order restored     | rescuer  | ORDER_RESTORED_VP per check ahead if unrest ≤ AT, × W.orderLater if ≤ +2 | R9.3        |
// | stability dividend | China    | next check: +1 if unrest ≤ DIVIDEND_AT_MOST, −1 per near-Xinjiang space  | R9.4        |
// |                    |          | it controls at ≥ XINJIANG_PENALTY_AT; later checks × W.dividendLater     |             |
// | overstretch        | Russia   | −1 per step above safe per scoring ahead; −W.weakCards per round left    | R9.5, R5.1  |
// |                    |          | while overstretched (cards give a point less)                            |             |
// | OTS readiness      | Turkey   | +W.otsStep per step up to the threshold while the regime stands          | R6.4        |
// | OTS voice          | Turkey   | OTS_VOICE_VP × scorings ahead (× W.otsStep share below the threshold),   | R9.4        |
// |                    |          | none once the regime has fallen                                          |             |
// | capital's favour   | favoured | CAPITAL_VP × scorings ahead × W.capitalHolds                             | R9.3        |
// | agenda             | holder   | +W.agenda × its VP if it holds now                                       | R9.6        |
//
// Reward: 0.5 + 0.5 × m / (W.margin + |m|), m = projection − the rivals' projections weighed
// (1 − w) for the best one and w for the other (w = 0 unless the search sets it); at the end of
// the game half of it is the win itself (R10.3's winner).
import {
  CAPITAL_VP,
  DIVIDEND_AT_MOST,
  FALL_BLAME,
  FALL_COST,
  FALL_OTS_READINESS,
  FINAL_CONTROL_FACTOR,
  FULL_DIVIDEND_AT_MOST,
  ORDER_RESTORED_AT,
  ORDER_RESTORED_VP,
  OTS_VOICE_AT,
  OTS_VOICE_VP,
  POWERS,
  result,
  UNREST_SPREADS_AT,
  XINJIANG_PENALTY_AT,
  type GameState,
  type Power,
  type SpaceId,
} from '../rules/index.js';
import { agendaHoldsNow, controllerOf, couldAnswer, mayAnswer, type Facts } from './facts.js';

export const W = {
  /**
   * Chance to hold a space at a scoring A actions (of all powers) away, by need = stability + best
   * rival − own influence (need ≤ 0: controlled now): 1 / (1 + e^((need − ½) / T)), with
   * T = holdBase + holdSpread × √A, so control long before a scoring is worth little more than a
   * near miss, and at the scoring itself only control counts.
   */
  holdBase: 0.25,
  holdSpread: 0.2,
  ip: 0.35,
  presence: 0.04,
  tempo: 0.25,
  /**
   * Chance the regime falls before the end, by unrest 0–10, while it stands or calls: from 5 up
   * unrest climbs by itself each round (R6.2), so without a rescue a fall is likely.
   */
  fallRisk: [0, 0, 0, 0.03, 0.08, 0.3, 0.45, 0.6, 0.75, 0.9, 1] as readonly number[],
  /** The risk is scaled by this while a power is able to answer a call (it may not want to). */
  fallRiskIfAnswerable: 0.7,
  fallInfluence: 0.35,
  answerOption: 1.0,
  answerSoon: 0.6,
  orderLater: 0.4,
  dividendLater: 0.4,
  weakCards: 0.2,
  otsStep: 0.3,
  agenda: 0.6,
  /** The chance the capital still listens to a power at a scoring ahead (events move it, R6.7). */
  capitalHolds: 0.7,
  margin: 10,
} as const;

/** Per-state quantities every space term needs; shared and never changed once made. */
export interface Horizon {
  /** Scorings still to come (R9). */
  readonly scorings: number;
  /** By need (index need − NEED_MIN): the hold chance summed over the scorings to come, the last one counted FINAL_CONTROL_FACTOR times (R9.1). */
  readonly scoring: Float64Array;
  /** By need: the hold chance at the last scoring alone, where bloc cohesion pays (R9.2). */
  readonly finalScoring: Float64Array;
  /** By need: the hold chance over the rounds of income to come × W.ip × those rounds (R5.3). */
  readonly income: Float64Array;
  /** Rounds of income still to come (R5.3 pays at the start of each round). */
  readonly incomeRounds: number;
}

const NEED_MIN = -12;
const NEED_MAX = 16;
const ROW = NEED_MAX - NEED_MIN + 1;

/**
 * A value rounded to a multiple of 2^-24. Math.exp, Math.log and their kin may differ in the last
 * bit between JavaScript engines; rounding what comes out of them keeps every comparison the bots
 * make, and so a seeded game, the same in any browser and in Node.
 */
export function portable(x: number): number {
  return Math.round(x * 16777216) / 16777216;
}

/** Hold chance by need (index need − NEED_MIN) for a scoring `actions` actions away. */
function holdRow(actions: number): Float64Array {
  const spread = W.holdBase + W.holdSpread * Math.sqrt(actions);
  const row = new Float64Array(ROW);
  for (let k = 0; k < ROW; k++) row[k] = portable(1 / (1 + Math.exp((NEED_MIN + k - 0.5) / spread)));
  return row;
}

/** Horizons by scenario, round and actions left in the round (a handful per game). */
const horizons = new WeakMap<Facts, Map<number, Horizon>>();
const FINISHED: Horizon = { scorings: 0, scoring: new Float64Array(ROW), finalScoring: new Float64Array(ROW), income: new Float64Array(ROW), incomeRounds: 0 };

export function horizonOf(f: Facts, s: GameState): Horizon {
  if (s.over) return FINISHED;
  let left = 0;
  for (const p of POWERS) left += Math.max(0, f.turnsPerRound - s.actionsTaken[p]);
  let byKey = horizons.get(f);
  if (!byKey) {
    byKey = new Map();
    horizons.set(f, byKey);
  }
  const key = s.round * 1024 + left;
  const known = byKey.get(key);
  if (known) return known;
  const perRound = POWERS.length * f.turnsPerRound;
  const scoring = new Float64Array(ROW);
  const finalScoring = new Float64Array(ROW);
  let scorings = 0;
  for (const r of f.scoringRounds) {
    if (r < s.round) continue;
    scorings++;
    const row = holdRow(left + (r - s.round) * perRound);
    const last = r === f.rounds;
    for (let k = 0; k < ROW; k++) scoring[k] = (scoring[k] ?? 0) + (row[k] ?? 0) * (last ? FINAL_CONTROL_FACTOR : 1);
    if (last) finalScoring.set(row);
  }
  const incomeRounds = Math.max(0, f.rounds - s.round);
  const income = holdRow(left + perRound).map((x) => x * W.ip * incomeRounds);
  const h: Horizon = { scorings, scoring, finalScoring, income, incomeRounds };
  byKey.set(key, h);
  return h;
}

function control(h: Horizon, need: number, value: number, bloc: number): number {
  const k = (need < NEED_MIN ? NEED_MIN : need > NEED_MAX ? NEED_MAX : need) - NEED_MIN;
  return (h.scoring[k] ?? 0) * value + (h.finalScoring[k] ?? 0) * bloc + (bloc > 0 ? (h.income[k] ?? 0) : 0);
}

/**
 * The three powers' control prospects in space `i` (control, income and presence terms), written
 * into `out` (indexed as POWERS). Stability is R3.2's clamp of the printed value plus event shifts.
 */
export function spaceTerms(f: Facts, s: GameState, h: Horizon, i: number, out: Float64Array): void {
  const id = f.spaceIds[i] as SpaceId;
  const inf = s.influence[id];
  spaceTermsOf(f, h, i, inf.russia, inf.turkey, inf.china, Math.min(4, Math.max(1, (f.stability[i] ?? 1) + s.stabilityShift[id])), out);
}

/**
 * spaceTerms from the space's influence (r, t, c) and stability `st` given as numbers: the
 * operation policy asks what-ifs (one more point here) without changing the state, and remembers
 * answers by these same numbers.
 */
export function spaceTermsOf(f: Facts, h: Horizon, i: number, r: number, t: number, c: number, st: number, out: Float64Array): void {
  const value = f.value[i] ?? 0;
  out[0] = control(h, st + (t > c ? t : c) - r, value, f.ownBloc.russia[i] ? 1 : 0) + W.presence * r;
  out[1] = control(h, st + (r > c ? r : c) - t, value, f.ownBloc.turkey[i] ? 1 : 0) + W.presence * t;
  out[2] = control(h, st + (r > t ? r : t) - c, value, f.ownBloc.china[i] ? 1 : 0) + W.presence * c;
}

/** Unrest after the coming unrest check (R6.2), ignoring Afghanistan's die. */
function unrestAfterCheck(s: GameState, unrest: number): number {
  if (s.regime === 'rescued' || s.regime === 'fallen') return Math.max(0, unrest - 1);
  return unrest >= UNREST_SPREADS_AT ? Math.min(10, unrest + 1) : unrest;
}

/** R9.4: what Turkey's voice is worth at the scorings still to come, at today's readiness. */
function voiceToCome(s: GameState, h: Horizon): number {
  return h.scorings * OTS_VOICE_VP * (s.otsReadiness >= OTS_VOICE_AT ? 1 : W.otsStep * (s.otsReadiness / OTS_VOICE_AT));
}

/** The crisis terms of the three powers at a given unrest (the operation policy varies `unrest`), into `out`. */
export function crisisTerms(f: Facts, s: GameState, h: Horizon, unrest: number, out: Float64Array): void {
  out[0] = 0;
  out[1] = 0;
  out[2] = 0;
  if (s.over) return;
  const standing = s.regime === 'standing' || s.regime === 'calling';
  if (standing) {
    const ru = couldAnswer(f, s, 'russia');
    const tr = couldAnswer(f, s, 'turkey');
    const risk = (W.fallRisk[unrest] ?? 1) * (ru || tr ? W.fallRiskIfAnswerable : 1);
    let kr = 0;
    let kt = 0;
    let kc = 0;
    if (risk > 0) {
      for (let i = 0; i < f.spaceIds.length; i++) {
        if (!f.kazakhstan[i]) continue;
        const id = f.spaceIds[i] as SpaceId;
        const inf = s.influence[id];
        kr += inf.russia;
        kt += inf.turkey;
        kc += inf.china - s.investment[id];
      }
    }
    // R6.5: the power that stirred the most unrest pays the blame on top of everyone's cost.
    const most = Math.max(s.agitation.russia, s.agitation.turkey, s.agitation.china);
    const blame = (p: Power): number => (most > 0 && s.agitation[p] === most ? FALL_BLAME : 0);
    out[0] = -risk * (FALL_COST.russia + blame('russia') + W.fallInfluence * kr);
    // Turkey's fall also takes readiness and the voice at every scoring still to come (R6.5, R9.4).
    out[1] = -risk * (FALL_COST.turkey + blame('turkey') + W.fallInfluence * kt + W.otsStep * Math.min(FALL_OTS_READINESS, s.otsReadiness) + voiceToCome(s, h));
    out[2] = -risk * (FALL_COST.china + blame('china') + W.fallInfluence * kc);
    const closeness = Math.max(0, Math.min(1, 1 - (f.callThreshold - unrest) / 4));
    if (s.regime === 'calling') {
      if (mayAnswer(f, s, 'russia')) out[0] += W.answerOption;
      if (mayAnswer(f, s, 'turkey')) out[1] += W.answerOption;
    } else {
      if (ru) out[0] += W.answerSoon * closeness;
      if (tr) out[1] += W.answerSoon * closeness;
    }
    out[1] += W.otsStep * Math.min(s.otsReadiness, f.otsReadyAt);
  } else if (s.regime === 'rescued' && s.rescuedBy !== null) {
    const k = POWERS.indexOf(s.rescuedBy);
    // R9.3: order restored pays at every unrest check still to come (this round's included).
    out[k] = (out[k] ?? 0) + (h.incomeRounds + 1) * ORDER_RESTORED_VP[s.rescuedBy] * (unrest <= ORDER_RESTORED_AT ? 1 : unrest <= ORDER_RESTORED_AT + 2 ? W.orderLater : 0);
  }
  // R9.4: Turkey's voice pays OTS_VOICE_VP at every scoring still to come while OTS readiness is
  // OTS_VOICE_AT or more, and never once the regime has fallen.
  if (s.regime !== 'fallen') out[1] += voiceToCome(s, h);
  const next = unrestAfterCheck(s, unrest);
  let dividend = 0;
  if (next <= DIVIDEND_AT_MOST) dividend = next <= FULL_DIVIDEND_AT_MOST ? 2 : 1;
  else if (next >= XINJIANG_PENALTY_AT) {
    for (let i = 0; i < f.spaceIds.length; i++) {
      const id = f.spaceIds[i] as SpaceId;
      // R9.4: −1 for each space near Xinjiang China controls.
      if (f.nearXinjiang[i] && controllerOf(f, s, id) === 'china') dividend -= 1;
    }
  }
  out[2] += dividend * (1 + W.dividendLater * h.incomeRounds);
}

/** Everything but the space terms and the crisis: VP, pool, tempo, overstretch, agenda. */
function trackTerm(f: Facts, s: GameState, h: Horizon, power: Power): number {
  let v = s.vp[power];
  if (s.over) return v;
  v += W.ip * s.pool[power] + W.tempo * s.tempo[power];
  if (power === 'russia') {
    const excess = s.overstretch - f.overstretchSafe;
    if (excess > 0) v -= excess * h.scorings + W.weakCards * (h.incomeRounds + 1);
  }
  // R9.3: the capital's favour pays at every scoring ahead while it lasts; the elite struggle may move it.
  if (s.capital === power) v += CAPITAL_VP * h.scorings * W.capitalHolds;
  const agenda = s.agendas[power];
  if (agenda !== null) {
    const def = agendaHoldsNow(f, s, agenda);
    if (def) v += W.agenda * def.vp;
  }
  return v;
}

const scratch = new Float64Array(3);

/** Each power's projected final VP, written into `out` (indexed as POWERS). */
export function project(s: GameState, out: Float64Array, f: Facts): Float64Array {
  const h = horizonOf(f, s);
  crisisTerms(f, s, h, s.unrest, out);
  out[0] = (out[0] ?? 0) + trackTerm(f, s, h, 'russia');
  out[1] = (out[1] ?? 0) + trackTerm(f, s, h, 'turkey');
  out[2] = (out[2] ?? 0) + trackTerm(f, s, h, 'china');
  if (s.over) return out;
  for (let i = 0; i < f.spaceIds.length; i++) {
    spaceTerms(f, s, h, i, scratch);
    out[0] += scratch[0] ?? 0;
    out[1] += scratch[1] ?? 0;
    out[2] += scratch[2] ?? 0;
  }
  return out;
}

/**
 * Margin (projected VP over the best rival) to a reward in [0, 1]: nearly linear near 0, halfway
 * to the bound at ±scale (W.margin, or the search's own). Plain arithmetic (no tanh), so it is the
 * same in every engine.
 */
function squash(margin: number, scale: number): number {
  return 0.5 + (0.5 * margin) / (scale + Math.abs(margin));
}

/** A power's projection `own` over its two rivals', the weaker one weighed `weaker` (0: the best rival alone). */
function marginOver(own: number, x: number, y: number, weaker: number): number {
  const best = x > y ? x : y;
  const worst = x > y ? y : x;
  return own - (1 - weaker) * best - weaker * worst;
}

/**
 * Each power's reward in [0, 1] (indexed as POWERS), written into `out`; `scale` as in squash.
 * `weaker` puts that much of the margin on the rival behind the best one: a three-player game is
 * also won by staying ahead of the third, which a margin over the best rival alone ignores.
 */
export function rewards(s: GameState, out: Float64Array, f: Facts, scale: number = W.margin, weaker = 0): Float64Array {
  project(s, out, f);
  const [a, b, c] = [out[0] ?? 0, out[1] ?? 0, out[2] ?? 0];
  const margins = [marginOver(a, b, c, weaker), marginOver(b, a, c, weaker), marginOver(c, a, b, weaker)];
  if (s.over) {
    const winner = result(f.ix, s).winner;
    for (let k = 0; k < 3; k++) {
      const won = winner === POWERS[k] ? 1 : winner === null && (margins[k] ?? 0) >= 0 ? 0.5 : 0;
      out[k] = 0.5 * won + 0.5 * squash(margins[k] ?? 0, scale);
    }
    return out;
  }
  for (let k = 0; k < 3; k++) out[k] = squash(margins[k] ?? 0, scale);
  return out;
}

/** One power's margin over its best rival in projected VP (the heuristic bot's objective). */
export function marginOf(s: GameState, power: Power, f: Facts): number {
  const out = project(s, new Float64Array(3), f);
  const k = POWERS.indexOf(power);
  let best = -Infinity;
  for (let q = 0; q < 3; q++) if (q !== k) best = Math.max(best, out[q] ?? 0);
  return (out[k] ?? 0) - best;
}
