// The crisis in Kazakhstan (R6): the unrest track, the call for help, who may answer it, the
// rescue, the regime's fall, and the unrest check at the end of each round.
import { controlOf, plainInfluence } from './control.js';
import type { Ctx } from './context.js';
import {
  changeInfluence,
  changeOtsReadiness,
  changeOverstretch,
  changeTempo,
  changeVp,
} from './mutations.js';
import type { GameHandle } from './handle.js';
import { rollDie } from './rng.js';
import { POWERS, type GameState, type Power, type RegimeState, type UnrestCause } from './types.js';

export const UNREST_MAX = 10;
/** Unrest from which protests feed on themselves at the unrest check (R6.2). */
export const UNREST_SPREADS_AT = 5;
/** Unrest right after a fall (R6.5). */
export const UNREST_AFTER_FALL = 7;
export const FALL_COST: Readonly<Record<Power, number>> = { russia: 2, turkey: 1, china: 3 };
/** Russia's deployment raises overstretch by this much, so it needs that much room (R6.4). */
export const DEPLOYMENT_OVERSTRETCH = 3;
export const ANSWER_VP = 2;
export const ANSWER_TEMPO = 2;
/** China's stability dividend is paid at this unrest or lower, its Xinjiang penalty at this or higher (R9.4). */
export const DIVIDEND_AT_MOST = 4;
/** At this unrest or lower the dividend is doubled: a quiet region is what China's money buys (R9.4). */
export const FULL_DIVIDEND_AT_MOST = 2;
export const XINJIANG_PENALTY_AT = 9;

function setRegime(ctx: Ctx, to: RegimeState, by?: Power): void {
  const from = ctx.s.regime;
  if (from === to) return;
  ctx.s.regime = to;
  ctx.log.push({ kind: 'regimeChanged', from, to, ...(by ? { by } : {}) });
}

/** Move unrest by `amount` within 0–10, then call for help or fall at once if a threshold is reached (R6.3, R6.5). */
export function changeUnrest(ctx: Ctx, amount: number, cause: UnrestCause): void {
  const { s, ix } = ctx;
  const from = s.unrest;
  const to = Math.min(UNREST_MAX, Math.max(0, from + amount));
  if (to === from) return;
  s.unrest = to;
  ctx.log.push({ kind: 'unrestChanged', from, to, cause });
  if (s.regime === 'standing' && to >= ix.scenario.options.callThreshold) {
    s.calledInRound = s.round;
    setRegime(ctx, 'calling');
  }
  if ((s.regime === 'standing' || s.regime === 'calling') && to >= UNREST_MAX) regimeFalls(ctx);
}

/** R6.5: plain influence in Kazakhstan halves (rounded up), everyone pays, China most. */
function regimeFalls(ctx: Ctx): void {
  const { s, ix } = ctx;
  setRegime(ctx, 'fallen');
  for (const space of ix.kazakhstan) {
    for (const power of POWERS) {
      const plain = plainInfluence(s, space, power);
      changeInfluence(ctx, power, space, -Math.ceil(plain / 2));
    }
  }
  for (const power of POWERS) changeVp(ctx, power, -FALL_COST[power], 'regimeFell');
  const from = s.unrest;
  s.unrest = UNREST_AFTER_FALL;
  ctx.log.push({ kind: 'unrestChanged', from, to: UNREST_AFTER_FALL, cause: 'fall' });
}

/** Whether `power` may answer the open call now (R6.4, R6.7). */
export function canAnswerCall(ix: GameHandle, s: GameState, power: Power): boolean {
  if (s.regime !== 'calling') return false;
  // China sends no troops, so a capital leaning to China bars nobody (R6.4).
  if (s.capital !== null && s.capital !== 'china' && s.capital !== power) return false;
  switch (power) {
    case 'russia':
      return s.cstoWilling && s.overstretch <= ix.scenario.options.overstretchMax - DEPLOYMENT_OVERSTRETCH;
    case 'turkey':
      return s.otsReadiness >= ix.scenario.options.otsReadyAt;
    case 'china':
      return false;
  }
}

/** R6.4: a Russian CSTO deployment or an OTS mission rescues the regime. */
export function answerCall(ctx: Ctx, power: Power): void {
  const { ix } = ctx;
  ctx.log.push({ kind: 'callAnswered', power });
  const [west, south, north] = ['kz_west', 'kz_south', 'kz_north'] as const;
  if (power === 'russia') {
    changeInfluence(ctx, power, south, 2);
    changeInfluence(ctx, power, north, 1);
    changeInfluence(ctx, power, west, 1);
    changeOverstretch(ctx, DEPLOYMENT_OVERSTRETCH);
    changeUnrest(ctx, -4, power);
  } else {
    for (const space of ix.kazakhstan) changeInfluence(ctx, power, space, 1);
    changeOtsReadiness(ctx, -2);
    changeUnrest(ctx, -3, power);
  }
  ctx.s.rescuedBy = power;
  setRegime(ctx, 'rescued', power);
  changeVp(ctx, power, ANSWER_VP, 'answeredCall');
  changeTempo(ctx, power, ANSWER_TEMPO);
}

/** R6.2 and R9.4: the unrest check at the end of the action phase. */
export function unrestCheck(ctx: Ctx): void {
  const { s, ix } = ctx;
  if (s.regime === 'rescued' || s.regime === 'fallen') changeUnrest(ctx, -1, 'check');
  else if (s.unrest >= UNREST_SPREADS_AT) changeUnrest(ctx, 1, 'check');
  if (ix.spaces.afghanistan !== undefined && controlOf(ix, s, 'afghanistan') === null) {
    const roll = rollDie(s.rng);
    ctx.log.push({ kind: 'dieRolled', power: null, roll, purpose: 'event' });
    if (roll === 6) changeUnrest(ctx, 1, 'check');
  }
  if (s.unrest <= DIVIDEND_AT_MOST) changeVp(ctx, 'china', s.unrest <= FULL_DIVIDEND_AT_MOST ? 2 : 1, 'stabilityDividend');
  else if (s.unrest >= XINJIANG_PENALTY_AT) {
    const exposed = ix.spaceIds.some((id) => ix.spaces[id]?.nearXinjiang && s.influence[id].china > 0);
    if (exposed) changeVp(ctx, 'china', -1, 'xinjiangUnrest');
  }
}
