// The round (R2.2): scheduled events and income at the start, the turn cycle of the action phase
// (R4), and the unrest check, scoring, new turn order and draw at the end.
import { controlMap } from './control.js';
import type { Ctx } from './context.js';
import { setCstoConsent, unrestCheck } from './crisis.js';
import { resolveEffects } from './effects.js';
import { changePool, drawCards } from './mutations.js';
import { resultOf, scoreAgendas, scoreRound, suddenDeathLeader } from './scoring.js';
import { entryRound } from './phases.js';
import { shuffleInPlace } from './rng.js';
import { BLOC_OF, POWERS, type Power } from './types.js';

/** The power whose turn it is in the turn order (an interrupt may be asked first: see activeSeat). */
export function turnPower(ctx: Pick<Ctx, 's'>): Power {
  return ctx.s.order[ctx.s.turn] as Power;
}

/** R2.2 steps 1–2, then the action phase opens with the first power in order. */
export function startRound(ctx: Ctx): void {
  const { s, ix } = ctx;
  const def = ix.scenario.rounds[s.round - 1];
  if (!def) return;
  ctx.log.push({ kind: 'roundStarted', round: s.round, date: def.date, order: [...s.order] });
  for (const id of def.events) {
    const event = ix.events.get(id);
    if (!event) continue;
    ctx.log.push({ kind: 'scheduledEvent', id });
    resolveEffects(ctx, event.effects, { power: null, target: null, id });
  }
  payIncome(ctx);
  s.turn = 0;
  for (const power of POWERS) s.actionsTaken[power] = 0;
}

/** R5.3: base income plus 1 for each controlled space of the power's own bloc. */
function payIncome(ctx: Ctx): void {
  const { s, ix } = ctx;
  const controlled = controlMap(ix, s);
  for (const power of s.order) {
    const bloc = controlled[power].filter((id) => ix.spaces[id]?.blocs.includes(BLOC_OF[power])).length;
    const amount = ix.scenario.powers[power].baseIncome + bloc;
    changePool(ctx, power, amount);
    ctx.log.push({ kind: 'income', power, amount, pool: s.pool[power] });
  }
}

/** The active power's action is complete: pass the turn on, or close the round (R4.1). */
export function finishAction(ctx: Ctx): void {
  const { s, ix } = ctx;
  const power = turnPower(ctx);
  s.pending = null;
  s.actionsTaken[power] += 1;
  const perRound = ix.scenario.options.turnsPerRound;
  for (let step = 1; step <= s.order.length; step++) {
    const next = (s.turn + step) % s.order.length;
    if (s.actionsTaken[s.order[next] as Power] < perRound) {
      s.turn = next;
      return;
    }
  }
  endRound(ctx);
}

/** R2.2 steps 4–6. */
function endRound(ctx: Ctx): void {
  const { s, ix } = ctx;
  unrestCheck(ctx);
  councilMeets(ctx);
  const def = ix.scenario.rounds[s.round - 1];
  const last = s.round >= ix.scenario.rounds.length;
  if (def?.scoring) {
    scoreRound(ctx, last);
    // R10.2: sudden death is a lead at a scoring before the last round; the last one ends the game anyway.
    if (!last && suddenDeathLeader(ix, s)) return endGame(ctx, 'suddenDeath');
  }
  if (last) return endGame(ctx, 'lastRound');
  s.order = nextOrder(s.order, s.tempo);
  for (const power of POWERS) s.tempo[power] = 0;
  openPhase(ctx, s.round + 1);
  for (const power of s.order) drawCards(ctx, power, ix.scenario.options.handSize - s.hands[power].length);
  s.round += 1;
  startRound(ctx);
}

/**
 * R6.4: the CSTO's council meets on the regime's call, overnight: at the end of the round in which
 * the regime is calling, after the streets have had their unrest check, it consents (if it has not
 * yet) and Russia is asked at once. The scheduled meeting stays the latest date.
 */
function councilMeets(ctx: Ctx): void {
  const { s, ix } = ctx;
  const from = ix.scenario.options.councilMeetsOnCallFrom;
  if (from === null || s.round < from || s.regime !== 'calling' || s.cstoWilling) return;
  ctx.log.push({ kind: 'councilMetOnCall' });
  setCstoConsent(ctx, true);
}

/** R7.5: the cards of a phase that opens in `round` join the draw pile, shuffled in, before hands are filled. */
function openPhase(ctx: Ctx, round: number): void {
  const { s, ix } = ctx;
  const joining = s.future.filter((id) => entryRound(ix, id) === round);
  if (joining.length === 0) return;
  s.future = s.future.filter((id) => entryRound(ix, id) !== round);
  s.deck.push(...joining);
  shuffleInPlace(s.rng, s.deck);
  ctx.log.push({ kind: 'cardsEntered', round, count: joining.length });
}

/** R4.2: most tempo first; ties keep the previous relative order. */
export function nextOrder(order: readonly Power[], tempo: Readonly<Record<Power, number>>): Power[] {
  return [...order].sort((a, b) => tempo[b] - tempo[a]);
}

function endGame(ctx: Ctx, reason: 'lastRound' | 'suddenDeath'): void {
  const { s, ix } = ctx;
  scoreAgendas(ctx);
  s.over = true;
  s.endReason = reason;
  s.pending = null;
  ctx.log.push({ kind: 'gameOver', reason, winner: resultOf(ix, s).winner });
}
