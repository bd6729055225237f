// The effect language of card events and scheduled events (R7.3), interpreted step by step.
import { controlOf } from './control.js';
import type { Ctx } from './context.js';
import { changeUnrest, setCstoConsent } from './crisis.js';
import {
  changeInfluence,
  changeInvestment,
  changeOtsReadiness,
  changeOverstretch,
  changePool,
  changeStability,
  changeTempo,
  changeVp,
  drawCards,
  setCapital,
} from './mutations.js';
import { rollDie } from './rng.js';
import type { GameHandle } from './handle.js';
import { POWERS, type Condition, type Effect, type GameState, type Power, type PowerRef, type SpaceId, type SpaceRef } from './types.js';

/** Who plays the effect and what it targets; scheduled events have no player. */
export interface EffectSource {
  readonly power: Power | null;
  readonly target: SpaceId | null;
  /** Card or event id, for the reason of any VP it gives. */
  readonly id: string;
}

const NONE: readonly Power[] = [];

export function powersOf(ref: PowerRef, self: Power | null): readonly Power[] {
  switch (ref) {
    case 'all':
      return POWERS;
    case 'self':
      return self ? [self] : NONE;
    case 'rivals':
      return self ? POWERS.filter((p) => p !== self) : POWERS;
    default:
      return [ref];
  }
}

function spaceOf(ref: SpaceRef, target: SpaceId | null): SpaceId | null {
  return ref === 'target' ? target : ref;
}

export function holds(ix: GameHandle, s: GameState, cond: Condition, self: Power | null, target: SpaceId | null): boolean {
  switch (cond.kind) {
    case 'unrestAtLeast':
      return s.unrest >= cond.value;
    case 'unrestAtMost':
      return s.unrest <= cond.value;
    case 'regimeIs':
      return s.regime === cond.value;
    case 'rescuedBy':
      return s.rescuedBy !== null && powersOf(cond.power, self).includes(s.rescuedBy);
    case 'controls': {
      const space = spaceOf(cond.space, target);
      if (space === null || ix.spaces[space] === undefined) return false;
      const owner = controlOf(ix, s, space);
      return owner !== null && powersOf(cond.power, self).includes(owner);
    }
    case 'hasInfluence': {
      const space = spaceOf(cond.space, target);
      if (space === null || ix.spaces[space] === undefined) return false;
      return powersOf(cond.power, self).some((p) => s.influence[space][p] > 0);
    }
    case 'overstretchAtLeast':
      return s.overstretch >= cond.value;
    case 'otsReadyAtLeast':
      return s.otsReadiness >= cond.value;
    case 'capitalListensTo':
      return s.capital === cond.power;
  }
}

export function resolveEffects(ctx: Ctx, effects: readonly Effect[], src: EffectSource): void {
  for (const effect of effects) {
    if (ctx.s.over) return;
    resolveEffect(ctx, effect, src);
  }
}

function resolveEffect(ctx: Ctx, e: Effect, src: EffectSource): void {
  const { s, ix } = ctx;
  switch (e.op) {
    case 'influence': {
      const space = spaceOf(e.space, src.target);
      if (space !== null) for (const p of powersOf(e.power, src.power)) changeInfluence(ctx, p, space, e.amount);
      return;
    }
    case 'investment': {
      const space = spaceOf(e.space, src.target);
      if (space !== null) changeInvestment(ctx, space, e.amount);
      return;
    }
    case 'unrest':
      return changeUnrest(ctx, e.amount, src.power ?? 'scheduled');
    case 'overstretch':
      return changeOverstretch(ctx, e.amount);
    case 'otsReadiness':
      return changeOtsReadiness(ctx, e.amount);
    case 'vp':
      for (const p of powersOf(e.power, src.power)) changeVp(ctx, p, e.amount, 'event', undefined, src.id);
      return;
    case 'ip':
      for (const p of powersOf(e.power, src.power)) changePool(ctx, p, e.amount);
      return;
    case 'tempo':
      for (const p of powersOf(e.power, src.power)) changeTempo(ctx, p, e.amount);
      return;
    case 'capital':
      return setCapital(ctx, e.listensTo);
    case 'cstoWilling':
      return setCstoConsent(ctx, e.value);
    case 'stability': {
      const space = spaceOf(e.space, src.target);
      if (space !== null) changeStability(ctx, space, e.amount);
      return;
    }
    case 'draw':
      for (const p of powersOf(e.power, src.power)) drawCards(ctx, p, e.amount);
      return;
    case 'if':
      return resolveEffects(ctx, holds(ix, s, e.cond, src.power, src.target) ? e.then : (e.else ?? []), src);
    case 'roll': {
      const roll = rollDie(s.rng);
      ctx.log.push({ kind: 'dieRolled', power: src.power, roll, purpose: 'event' });
      const row = e.rows.find((r) => roll >= r.min && roll <= r.max);
      if (row) resolveEffects(ctx, row.effects, src);
      return;
    }
  }
}
