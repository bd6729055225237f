// Scoring (R9), sudden death and the winner with its tie-breaks (R10).
import { controlMap } from './control.js';
import { OTS_VOICE_AT, OTS_VOICE_VP } from './crisis.js';
import type { Ctx } from './context.js';
import { holds } from './effects.js';
import { changeVp } from './mutations.js';
import type { GameHandle } from './handle.js';
import { BLOC_OF, POWERS, type AgendaDef, type ByPower, type GameResult, type GameState, type Power } from './types.js';

/** The last scoring, the settlement, counts control twice (R9.1): the map as the crisis left it decides. */
export const FINAL_CONTROL_FACTOR = 2;
/** At each scoring the power the capital listens to scores this (R9.3): the elite struggle's prize. */
export const CAPITAL_VP = 2;

/** R9.1, R9.2 and R9.5 at the end of a scoring round; bloc cohesion only at the last one (`final`). */
export function scoreRound(ctx: Ctx, final: boolean): void {
  const { s, ix } = ctx;
  const controlled = controlMap(ix, s);
  for (const power of POWERS) {
    for (const space of controlled[power]) {
      changeVp(ctx, power, (ix.spaces[space]?.value ?? 0) * (final ? FINAL_CONTROL_FACTOR : 1), 'control', space);
      if (final && ix.spaces[space]?.blocs.includes(BLOC_OF[power])) changeVp(ctx, power, 1, 'bloc', space);
    }
  }
  const excess = s.overstretch - ix.scenario.options.overstretchSafe;
  if (excess > 0) changeVp(ctx, 'russia', -excess, 'overstretch');
  if (s.capital !== null) changeVp(ctx, s.capital, CAPITAL_VP, 'capitalFavour');
  // R9.4: Turkey's statements count at the summits once it has built the means behind them, and
  // only while the council's founding member stands: after the fall there is no Turkic summit voice.
  if (s.otsReadiness >= OTS_VOICE_AT && s.regime !== 'fallen') changeVp(ctx, 'turkey', OTS_VOICE_VP, 'otsVoice');
  ctx.log.push({ kind: 'scoring', round: s.round, vp: { ...s.vp } });
}

export function agendaHolds(ix: GameHandle, s: GameState, agenda: AgendaDef): boolean {
  const goal = agenda.goal;
  if (goal.kind === 'controlsAll') {
    return goal.spaces.every((space) => holds(ix, s, { kind: 'controls', power: agenda.power, space }, agenda.power, null));
  }
  return holds(ix, s, goal, agenda.power, null);
}

/** R9.6: each power's secret agenda, checked once at the end. */
export function scoreAgendas(ctx: Ctx): void {
  const { s, ix } = ctx;
  for (const power of POWERS) {
    const id = s.agendas[power];
    const agenda = id ? ix.agendas.get(id) : undefined;
    if (agenda && agendaHolds(ix, s, agenda)) changeVp(ctx, power, agenda.vp, 'agenda', undefined, agenda.id);
  }
}

/** R10.2: the leader is at least the scenario's lead ahead of every other power. */
export function suddenDeathLeader(ix: GameHandle, s: GameState): Power | null {
  const [first, second] = rankByVp(s.vp);
  if (!first || !second) return null;
  return s.vp[first] - s.vp[second] >= ix.scenario.options.suddenDeathLead ? first : null;
}

function rankByVp(vp: ByPower<number>): Power[] {
  return [...POWERS].sort((a, b) => vp[b] - vp[a]);
}

/** Tie-break keys of R10.3 (VP, then the value of controlled spaces, then influence on the board). */
export function tieBreakKeys(ix: GameHandle, s: GameState): ByPower<[number, number, number]> {
  const controlled = controlMap(ix, s);
  const keys = {} as ByPower<[number, number, number]>;
  for (const power of POWERS) {
    const value = controlled[power].reduce((sum, id) => sum + (ix.spaces[id]?.value ?? 0), 0);
    const influence = ix.spaceIds.reduce((sum, id) => sum + s.influence[id][power], 0);
    keys[power] = [s.vp[power], value, influence];
  }
  return keys;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Scores, ranking and winner (R10.3); the winner is null while tied after every tie-break. */
export function resultOf(ix: GameHandle, s: GameState): GameResult {
  const keys = tieBreakKeys(ix, s);
  const ranking = [...POWERS].sort((a, b) => compareKeys(keys[a], keys[b]));
  const [first, second] = ranking as [Power, Power, Power];
  const tied = compareKeys(keys[first], keys[second]) === 0;
  return {
    vp: { ...s.vp },
    winner: tied ? null : first,
    reason: s.endReason ?? 'inProgress',
    ranking,
  };
}
