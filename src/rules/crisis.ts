// The crisis in Kazakhstan (R6): the unrest track, the call for help, who may answer it, the
// rescue, the regime's fall, and the unrest check at the end of each round.
import { controlOf, plainInfluence } from './control.js';
import type { Ctx } from './context.js';
import { changeInfluence, changeOtsReadiness, changeOverstretch, changeTempo, changeVp, setCapital, setCstoWilling } from './mutations.js';
import type { GameHandle } from './handle.js';
import { rollDie } from './rng.js';
import { POWERS, type GameState, type Power, type RegimeState, type UnrestCause } from './types.js';

export const UNREST_MAX = 10;
/** Unrest from which protests feed on themselves at the unrest check (R6.2). */
export const UNREST_SPREADS_AT = 5;
/**
 * A regime still calling at this unrest or higher spends a night at the brink (R6.2): the check
 * raises unrest by 2, not 1, so a crisis pushed close to 10 can end in the fall before help comes.
 */
export const BRINK_AT = 8;
/** Unrest right after a fall (R6.5). */
export const UNREST_AFTER_FALL = 7;
/**
 * What the fall costs every power (R6.5): China, whose money is tied up in Kazakhstan, and Turkey,
 * the OTS's founder, whose claim to lead the Turkic world falls with its largest member, most.
 */
export const FALL_COST: Readonly<Record<Power, number>> = { russia: 1, turkey: 2, china: 2 };
/** What the fall costs, on top, the power that stirred the most unrest (R6.5). */
export const FALL_BLAME = 3;
/** Russia's deployment raises overstretch by this much, so it needs that much room (R6.4). */
export const DEPLOYMENT_OVERSTRETCH = 3;
/** Flying in within hours, out of turn, costs one step more (R6.4). */
export const INTERRUPT_OVERSTRETCH = 1;
export const ANSWER_VP = 3;
export const ANSWER_TEMPO = 2;
/** Order restored: at each unrest check after the rescue, the rescuer scores while unrest is this low (R9.3). */
export const ORDER_RESTORED_AT = 2;
/**
 * Order restored pays the rescuer this much at each unrest check (R9.3): troops guarding the
 * airports and the power plants are credited with the calm; an OTS mission of statements and police
 * advisers is not (it scored 1 until the seventh balance pass, and a Turkish rescue was then a win
 * in most of the games it happened in).
 */
export const ORDER_RESTORED_VP: Readonly<Record<Power, number>> = { russia: 2, turkey: 0, china: 0 };
/** The fall costs the OTS this much readiness (R6.5): the Turkic council could not hold its founding member. */
export const FALL_OTS_READINESS = 2;
/** China's stability dividend is paid at this unrest or lower, its Xinjiang penalty at this or higher (R9.4). */
export const DIVIDEND_AT_MOST = 1;
/** OTS readiness from which Turkey's voice in the Turkic world pays at each scoring (R9.4). */
export const OTS_VOICE_AT = 4;
/** What Turkey's voice pays at a scoring (R9.4). */
export const OTS_VOICE_VP = 2;
/** At this unrest or lower the dividend is doubled: a quiet region is what China's money buys (R9.4). */
export const FULL_DIVIDEND_AT_MOST = -1;
export const XINJIANG_PENALTY_AT = 9;

function setRegime(ctx: Ctx, to: RegimeState, by?: Power): void {
  const from = ctx.s.regime;
  if (from === to) return;
  ctx.s.regime = to;
  ctx.log.push({ kind: 'regimeChanged', from, to, ...(by ? { by } : {}) });
}

/**
 * Move unrest by `amount` within 0–10, then call for help or fall at once if a threshold is reached
 * (R6.3, R6.5). Unrest a power's card or operation raises counts on its agitation (R6.5). While
 * Russia is being asked to answer a call (R6.4) the regime cannot fall: unrest stops at 9, so a
 * call and the fall never come in one step while somebody could still answer.
 */
export function changeUnrest(ctx: Ctx, amount: number, cause: UnrestCause): void {
  const { s, ix } = ctx;
  const from = s.unrest;
  const ceiling = s.interrupt !== null && (s.regime === 'standing' || s.regime === 'calling') ? UNREST_MAX - 1 : UNREST_MAX;
  const to = Math.min(Math.max(ceiling, from), Math.max(0, from + amount));
  if (to === from) return;
  s.unrest = to;
  ctx.log.push({ kind: 'unrestChanged', from, to, cause });
  if (cause !== 'scheduled' && cause !== 'check' && cause !== 'fall' && to > from) s.agitation[cause] += to - from;
  if (s.regime === 'standing' && to >= ix.scenario.options.callThreshold) {
    s.calledInRound = s.round;
    setRegime(ctx, 'calling');
    offerCstoInterrupt(ctx);
  }
  if ((s.regime === 'standing' || s.regime === 'calling') && s.unrest >= UNREST_MAX) regimeFalls(ctx);
}

/**
 * R6.4: the CSTO can move at once. Russia is asked now, out of turn, if it may answer an open call:
 * the moment the call opens, or the moment the CSTO's council consents while the call is open.
 */
export function offerCstoInterrupt(ctx: Ctx): void {
  const { s, ix } = ctx;
  if (s.interrupt !== null || !canAnswerCall(ix, s, 'russia')) return;
  s.interrupt = 'russia';
  ctx.log.push({ kind: 'interruptOpened', power: 'russia' });
  if (s.unrest >= UNREST_MAX) s.unrest = UNREST_MAX - 1;
}

/** R6.4: the CSTO becomes willing (or not); consent given while the regime is calling puts the question to Russia at once. */
export function setCstoConsent(ctx: Ctx, willing: boolean): void {
  setCstoWilling(ctx, willing);
  if (willing) offerCstoInterrupt(ctx);
}

/** R6.5: the powers that stirred the most unrest (at least 1), who pay for the fall. */
export function culprits(s: GameState): Power[] {
  const most = Math.max(...POWERS.map((p) => s.agitation[p]));
  return most > 0 ? POWERS.filter((p) => s.agitation[p] === most) : [];
}

/** R6.5: plain influence in Kazakhstan halves (rounded up), everyone pays, China most, and the culprit more. */
function regimeFalls(ctx: Ctx): void {
  const { s, ix } = ctx;
  setRegime(ctx, 'fallen');
  s.interrupt = null;
  for (const space of ix.kazakhstan) {
    for (const power of POWERS) {
      const plain = plainInfluence(s, space, power);
      changeInfluence(ctx, power, space, -Math.ceil(plain / 2));
    }
  }
  for (const power of POWERS) changeVp(ctx, power, -FALL_COST[power], 'regimeFell');
  const blamed = culprits(s);
  if (blamed.length > 0) ctx.log.push({ kind: 'fallBlamed', powers: blamed });
  for (const power of blamed) changeVp(ctx, power, -FALL_BLAME, 'fallBlame');
  changeOtsReadiness(ctx, -FALL_OTS_READINESS);
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

/** R6.4: Russia, asked out of turn, lets the call pass; it stays open for an answer on a later action. */
export function declineCall(ctx: Ctx, power: Power): void {
  ctx.s.interrupt = null;
  ctx.log.push({ kind: 'callDeclined', power });
}

/** R6.4: a Russian CSTO deployment or an OTS mission rescues the regime. */
export function answerCall(ctx: Ctx, power: Power): void {
  const { ix } = ctx;
  const outOfTurn = ctx.s.interrupt === power;
  ctx.s.interrupt = null;
  ctx.log.push({ kind: 'callAnswered', power });
  const [west, south, north] = ['kz_west', 'kz_south', 'kz_north'] as const;
  if (power === 'russia') {
    changeInfluence(ctx, power, south, 2);
    changeInfluence(ctx, power, north, 1);
    changeInfluence(ctx, power, west, 1);
    changeOverstretch(ctx, DEPLOYMENT_OVERSTRETCH + (outOfTurn ? INTERRUPT_OVERSTRETCH : 0));
    changeUnrest(ctx, -4, power);
  } else {
    for (const space of ix.kazakhstan) changeInfluence(ctx, power, space, 1);
    changeOtsReadiness(ctx, -2);
    changeUnrest(ctx, -3, power);
  }
  ctx.s.rescuedBy = power;
  setRegime(ctx, 'rescued', power);
  // R6.7: the regime leans on whoever saved it, until the elite struggle moves the capital again.
  setCapital(ctx, power);
  changeVp(ctx, power, ANSWER_VP, 'answeredCall');
  changeTempo(ctx, power, ANSWER_TEMPO);
}

/** R6.2, R9.3 and R9.4: the unrest check at the end of the action phase. */
export function unrestCheck(ctx: Ctx): void {
  const { s, ix } = ctx;
  if (s.regime === 'rescued' || s.regime === 'fallen') changeUnrest(ctx, -1, 'check');
  else if (s.unrest >= UNREST_SPREADS_AT) changeUnrest(ctx, s.regime === 'calling' && s.unrest >= BRINK_AT ? 2 : 1, 'check');
  if (ix.spaces.afghanistan !== undefined && controlOf(ix, s, 'afghanistan') === null) {
    const roll = rollDie(s.rng);
    ctx.log.push({ kind: 'dieRolled', power: null, roll, purpose: 'event' });
    if (roll === 6) changeUnrest(ctx, 1, 'check');
  }
  if (s.regime === 'rescued' && s.rescuedBy && s.unrest <= ORDER_RESTORED_AT) changeVp(ctx, s.rescuedBy, ORDER_RESTORED_VP[s.rescuedBy], 'orderRestored');
  if (s.unrest <= DIVIDEND_AT_MOST) changeVp(ctx, 'china', s.unrest <= FULL_DIVIDEND_AT_MOST ? 2 : 1, 'stabilityDividend');
  else if (s.unrest >= XINJIANG_PENALTY_AT) {
    // China's exposure: each space near Xinjiang it controls (R9.4).
    const exposed = ix.spaceIds.filter((id) => ix.spaces[id]?.nearXinjiang && controlOf(ix, s, id) === 'china').length;
    if (exposed > 0) changeVp(ctx, 'china', -exposed, 'xinjiangUnrest');
  }
}
