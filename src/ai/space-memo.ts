// The operation policy's weighted space terms, remembered by the numbers they depend on. The
// policy scores every step of every simulated action by what it does to one space's terms
// (evaluate.ts's spaceTerms, weighted by the mover's judgement), and most spaces look the same
// from one step to the next and from one simulation to the next. A space's terms depend only on
// its influence, its stability, the horizon and the weights, so an answer kept under those numbers
// is the very number that working it out again would give: remembering changes no decision.
import type { Power } from '../rules/index.js';
import { spaceTermsOf, type Horizon } from './evaluate.js';
import type { Facts } from './facts.js';

const terms = new Float64Array(3);

/** Space `i`'s terms with influence (r, t, c) and stability `st`, weighted by `w` (indexed as POWERS). */
export function weightedSpace(f: Facts, h: Horizon, i: number, r: number, t: number, c: number, st: number, w: Float64Array): number {
  spaceTermsOf(f, h, i, r, t, c, st, terms);
  return (w[0] ?? 0) * (terms[0] ?? 0) + (w[1] ?? 0) * (terms[1] ?? 0) + (w[2] ?? 0) * (terms[2] ?? 0);
}

/**
 * What is known of each space for one horizon, one power and its weights. Every entry of space i
 * holds for the influence and stability in r, t, c and st at i; `forget` clears them when those change.
 */
export class SpaceMemo {
  readonly r: Float64Array;
  readonly t: Float64Array;
  readonly c: Float64Array;
  readonly st: Float64Array;
  /** The weighted terms (valid where `known` is 1). */
  readonly base: Float64Array;
  readonly known: Uint8Array;
  /** Their change if the power puts one more influence there. */
  readonly plusOne: Float64Array;
  readonly plusOneKnown: Uint8Array;
  /** Their change if the power's diplomacy puts its influence there (R5.8). */
  readonly diplomacy: Float64Array;
  readonly diplomacyKnown: Uint8Array;
  /** What placing one influence costs the power (R5.4). */
  readonly placeCost: Float64Array;
  readonly placeCostKnown: Uint8Array;
  /**
   * At 3i + k, the expected change if the power destabilises POWERS[k] there (before unrest),
   * for that rival's plain influence (R5.6) in `destabilisePlain`.
   */
  readonly destabilise: Float64Array;
  readonly destabilisePlain: Float64Array;
  readonly destabiliseKnown: Uint8Array;
  /** Per space: the scoring pass that last checked the entry against the state (policy.ts). */
  readonly checked: Float64Array;

  constructor(
    readonly f: Facts,
    readonly power: Power,
  ) {
    const n = f.spaceIds.length;
    this.r = new Float64Array(n);
    this.t = new Float64Array(n);
    this.c = new Float64Array(n);
    this.st = new Float64Array(n);
    this.base = new Float64Array(n);
    this.known = new Uint8Array(n);
    this.plusOne = new Float64Array(n);
    this.plusOneKnown = new Uint8Array(n);
    this.diplomacy = new Float64Array(n);
    this.diplomacyKnown = new Uint8Array(n);
    this.placeCost = new Float64Array(n);
    this.placeCostKnown = new Uint8Array(n);
    this.destabilise = new Float64Array(3 * n);
    this.destabilisePlain = new Float64Array(3 * n);
    this.destabiliseKnown = new Uint8Array(3 * n);
    this.checked = new Float64Array(n).fill(-1);
  }

  /** Forget what was known of space `i` (its influence or stability changed). */
  forget(i: number): void {
    this.known[i] = 0;
    this.plusOneKnown[i] = 0;
    this.diplomacyKnown[i] = 0;
    this.placeCostKnown[i] = 0;
    this.destabiliseKnown[3 * i] = 0;
    this.destabiliseKnown[3 * i + 1] = 0;
    this.destabiliseKnown[3 * i + 2] = 0;
  }
}

// By weights, then horizon. A search's judgement (policy.ts) lives as long as the search, so its
// memos go with it; the horizons of a game are a handful (evaluate.ts keeps them all).
const memos = new WeakMap<Float64Array, Map<Horizon, SpaceMemo>>();

/** The memo of `power` scoring with weights `w` at horizon `h`. */
export function spaceMemoFor(f: Facts, h: Horizon, w: Float64Array, power: Power): SpaceMemo {
  let byHorizon = memos.get(w);
  if (!byHorizon) {
    byHorizon = new Map();
    memos.set(w, byHorizon);
  }
  let memo = byHorizon.get(h);
  if (!memo || memo.f !== f || memo.power !== power) {
    memo = new SpaceMemo(f, power);
    byHorizon.set(h, memo);
  }
  return memo;
}
