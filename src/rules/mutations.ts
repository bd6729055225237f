// Every change to the state goes through one of these, so each is clamped to its limits and
// written to the log in the same place (R3.4, R5.3, R7.3).
import { controlOf } from './control.js';
import type { Ctx } from './context.js';
import { shuffleInPlace } from './rng.js';
import type { Power, SpaceId, VpReason } from './types.js';

/** Add (or remove) plain influence; China's investment is never removed here (R5.5). */
export function changeInfluence(ctx: Ctx, power: Power, space: SpaceId, amount: number): void {
  const { s, ix } = ctx;
  if (ix.spaces[space] === undefined || amount === 0) return;
  const from = s.influence[space][power];
  const floor = power === 'china' ? s.investment[space] : 0;
  const to = Math.max(floor, from + amount);
  if (to === from) return;
  const before = controlOf(ix, s, space);
  s.influence[space][power] = to;
  ctx.log.push({ kind: 'influenceChanged', power, space, from, to });
  noteControl(ctx, space, before);
}

/** China's investment: counts as influence and comes and goes with it (R5.5). */
export function changeInvestment(ctx: Ctx, space: SpaceId, amount: number): void {
  const { s, ix } = ctx;
  if (ix.spaces[space] === undefined || amount === 0) return;
  const from = s.investment[space];
  const to = Math.max(0, from + amount);
  if (to === from) return;
  const before = controlOf(ix, s, space);
  s.investment[space] = to;
  const infFrom = s.influence[space].china;
  s.influence[space].china = Math.max(to, infFrom + (to - from));
  ctx.log.push({ kind: 'investmentChanged', space, from, to });
  ctx.log.push({ kind: 'influenceChanged', power: 'china', space, from: infFrom, to: s.influence[space].china });
  noteControl(ctx, space, before);
}

export function changeStability(ctx: Ctx, space: SpaceId, amount: number): void {
  const { s, ix } = ctx;
  const def = ix.spaces[space];
  if (def === undefined || amount === 0) return;
  const from = s.stabilityShift[space];
  // Keep the effective stability within 1–4 so a later opposite change undoes it exactly.
  const to = Math.min(4 - def.stability, Math.max(1 - def.stability, from + amount));
  if (to === from) return;
  const before = controlOf(ix, s, space);
  s.stabilityShift[space] = to;
  ctx.log.push({ kind: 'trackChanged', track: 'stability', space, from: def.stability + from, to: def.stability + to });
  noteControl(ctx, space, before);
}

function noteControl(ctx: Ctx, space: SpaceId, before: Power | null): void {
  const after = controlOf(ctx.ix, ctx.s, space);
  if (after !== before) ctx.log.push({ kind: 'controlChanged', space, from: before, to: after });
}

export function changeVp(ctx: Ctx, power: Power, amount: number, reason: VpReason, space?: SpaceId, detail?: string): void {
  if (amount === 0) return;
  const { s } = ctx;
  s.vp[power] += amount;
  const line = { power, amount, reason, round: s.round, ...(space ? { space } : {}), ...(detail ? { detail } : {}) };
  s.scoreLog.push(line);
  ctx.log.push({ kind: 'vp', power, amount, reason, ...(space ? { space } : {}), ...(detail ? { detail } : {}) });
}

export function changePool(ctx: Ctx, power: Power, amount: number): void {
  const { s } = ctx;
  const from = s.pool[power];
  const to = Math.min(ctx.ix.scenario.options.maxPool, Math.max(0, from + amount));
  if (to === from) return;
  s.pool[power] = to;
  ctx.log.push({ kind: 'poolChanged', power, from, to });
}

export function changeTempo(ctx: Ctx, power: Power, amount: number): void {
  if (amount === 0) return;
  ctx.s.tempo[power] += amount;
  ctx.log.push({ kind: 'tempoChanged', power, amount });
}

export function changeOverstretch(ctx: Ctx, amount: number): void {
  const { s } = ctx;
  const from = s.overstretch;
  const to = Math.min(ctx.ix.scenario.options.overstretchMax, Math.max(0, from + amount));
  if (to === from) return;
  s.overstretch = to;
  ctx.log.push({ kind: 'trackChanged', track: 'overstretch', from, to });
}

export const OTS_READINESS_MAX = 5;

export function changeOtsReadiness(ctx: Ctx, amount: number): void {
  const { s } = ctx;
  const from = s.otsReadiness;
  const to = Math.min(OTS_READINESS_MAX, Math.max(0, from + amount));
  if (to === from) return;
  s.otsReadiness = to;
  ctx.log.push({ kind: 'trackChanged', track: 'otsReadiness', from, to });
}

export function setCapital(ctx: Ctx, to: Power | null): void {
  const from = ctx.s.capital;
  if (from === to) return;
  ctx.s.capital = to;
  ctx.log.push({ kind: 'capitalChanged', from, to });
}

export function setCstoWilling(ctx: Ctx, value: boolean): void {
  const from = ctx.s.cstoWilling;
  if (from === value) return;
  ctx.s.cstoWilling = value;
  ctx.log.push({ kind: 'trackChanged', track: 'cstoWilling', from: from ? 1 : 0, to: value ? 1 : 0 });
}

/** Draw from the top of the pile, reshuffling the discard when it runs out (R7.4). The log says how many, never which. */
export function drawCards(ctx: Ctx, power: Power, count: number): void {
  const { s } = ctx;
  let drawn = 0;
  while (drawn < count) {
    if (s.deck.length === 0) {
      if (s.discard.length === 0) break;
      s.deck = s.discard;
      s.discard = [];
      shuffleInPlace(s.rng, s.deck);
      ctx.log.push({ kind: 'deckReshuffled', size: s.deck.length });
    }
    s.hands[power].push(s.deck.shift() as string);
    drawn++;
  }
  if (drawn > 0) ctx.log.push({ kind: 'cardsDrawn', power, count: drawn });
}
