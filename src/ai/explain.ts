// The one-line explanation of a bot's choice: the move in words, then what it does to the public
// board in the bot's own simulation ("Russia answers the call for help: unrest 8 → 4, +2 VP").
// The simulation runs on a state dealt from the bot's view, and the line names only public facts
// (influence, control, tracks, VP), never a card in anyone's hand. Effects decided by a die are
// simulated with three fixed rolls; only what all three agree on is stated.
import {
  applyLegalMoveInPlace,
  copyState,
  describeMove,
  isOperation,
  POWERS,
  seedRng,
  type GameState,
  type Message,
  type MessageParams,
  type Move,
  type Power,
} from '../rules/index.js';
import type { Explanation } from './bot.js';
import { cardPointsFor, controllerOf, stabilityAt, type Facts } from './facts.js';
import { playAction } from './policy.js';

const DIE_SEEDS = [11, 22, 33] as const;
/** At most this many effects on one line. */
const MAX_EFFECTS = 5;

const msg = (key: string, params: MessageParams = {}): Message => ({ key, params });

/** The move alone, as a message; a card for operations says what it is worth to its player now. */
export function moveMessage(f: Facts, move: Move, s?: GameState): Message {
  return describeMove(move, move.type === 'playOps' && s ? cardPointsFor(f, s, move.power, move.card) : undefined);
}

/**
 * The public differences `move` made, as short phrases from the mover's point of view, most
 * telling first: the focus space of an operation, unrest, the mover's VP, control, the regime,
 * other influence, the tracks, and the rivals' VP.
 */
function effects(f: Facts, before: GameState, after: GameState, move: Move): Message[] {
  const me = move.power;
  const focus = 'space' in move ? move.space : null;
  const first: Message[] = [];
  const control: Message[] = [];
  const influence: Message[] = [];
  const tracks: Message[] = [];
  const rivalsVp: Message[] = [];
  if (focus !== null && before.influence[focus][me] !== after.influence[focus][me]) {
    first.push(msg('ai.effect.influenceHere', { from: before.influence[focus][me], to: after.influence[focus][me] }));
  }
  if (after.unrest !== before.unrest) first.push(msg('ai.effect.unrest', { from: before.unrest, to: after.unrest }));
  for (const p of POWERS) {
    const d = after.vp[p] - before.vp[p];
    if (d === 0) continue;
    const key = d > 0 ? 'ai.effect.vpGain' : 'ai.effect.vpLoss';
    if (p === me) first.push(msg(key, { amount: Math.abs(d) }));
    else rivalsVp.push(msg(`${key}Rival`, { rival: p, amount: Math.abs(d) }));
  }
  if (after.regime !== before.regime) control.push(msg(`ai.effect.regime.${after.regime}`));
  for (const id of f.spaceIds) {
    const from = before.influence[id];
    const to = after.influence[id];
    const was = controllerOf(f, before, id);
    const now = controllerOf(f, after, id);
    const value = f.value[f.at[id] ?? -1] ?? 0;
    const mine = from[me] !== to[me] && id !== focus;
    if (mine && now === me && was !== me) {
      control.push(msg('ai.effect.influenceTakesControl', { space: id, from: from[me], to: to[me], value }));
    } else if (mine) influence.push(msg('ai.effect.influence', { space: id, from: from[me], to: to[me] }));
    for (const rival of POWERS) {
      if (rival !== me && from[rival] !== to[rival]) {
        influence.push(msg('ai.effect.rivalInfluence', { rival, space: id, from: from[rival], to: to[rival] }));
      }
    }
    if (was !== now && !(mine && now === me)) {
      if (now === me) control.push(msg(id === focus ? 'ai.effect.takesControlHere' : 'ai.effect.takesControl', { space: id, value }));
      else if (was === me) control.push(msg('ai.effect.losesControl', { space: id }));
      else if (was !== null) control.push(msg('ai.effect.breaksControl', { rival: was, space: id }));
      else if (now !== null) control.push(msg('ai.effect.rivalControl', { rival: now, space: id }));
    }
    const sFrom = stabilityAt(f, before, id);
    const sTo = stabilityAt(f, after, id);
    if (sFrom !== sTo) tracks.push(msg('ai.effect.stability', { space: id, from: sFrom, to: sTo }));
  }
  if (after.overstretch !== before.overstretch) tracks.push(msg('ai.effect.overstretch', { from: before.overstretch, to: after.overstretch }));
  if (after.otsReadiness !== before.otsReadiness) tracks.push(msg('ai.effect.otsReadiness', { from: before.otsReadiness, to: after.otsReadiness }));
  if (after.capital !== before.capital) {
    tracks.push(after.capital ? msg('ai.effect.capital', { power: after.capital }) : msg('ai.effect.capitalNobody'));
  }
  if (after.cstoWilling !== before.cstoWilling) tracks.push(msg(after.cstoWilling ? 'ai.effect.cstoOpens' : 'ai.effect.cstoCloses'));
  if (move.type !== 'playOps' && !isStep(move) && after.pool[me] !== before.pool[me]) {
    tracks.push(msg('ai.effect.pool', { from: before.pool[me], to: after.pool[me] }));
  }
  return [...first, ...control, ...influence, ...tracks, ...rivalsVp];
}

function isStep(m: Move): boolean {
  return isOperation(m.type);
}

/**
 * A copy of `s` on which the mover's action cannot end the round, so the diff shows the action's
 * own effects and not the unrest check, scoring and income that may follow it (private copy only).
 */
function actionOnly(s: GameState, mover: Power): GameState {
  const copy = copyState(s);
  for (const p of copy.order) if (p !== mover) copy.actionsTaken[p] = 0;
  return copy;
}

/**
 * The one-line explanation of `move` made on `sample` (a state dealt from the mover's view). For a
 * card played for operations the greedy plan for its points is simulated and summarised as a plan
 * (a searching bot may still change it step by step, and explains each step as it takes it).
 */
export function explainMove(f: Facts, sample: GameState, move: Move): Explanation {
  const action = moveMessage(f, move, sample);
  if (move.type === 'endOps') {
    return { key: 'ai.explain.endOps', params: { points: sample.pending?.pointsLeft ?? 0, ip: sample.pool[move.power] }, move: action, effects: [] };
  }
  const runs: Message[][] = [];
  for (const seed of DIE_SEEDS) {
    const after = actionOnly(sample, move.power);
    after.rng = seedRng(seed);
    // A card for operations is explained with the greedy plan for its points; a single step alone.
    if (isStep(move)) applyLegalMoveInPlace(f.ix, after, move);
    else playAction(after, move, f);
    runs.push(effects(f, sample, after, move));
  }
  const first = runs[0] ?? [];
  const same = (a: Message, b: Message): boolean => a.key === b.key && JSON.stringify(a.params) === JSON.stringify(b.params);
  const agreed = first.filter((e) => runs.every((r) => r.some((x) => same(x, e))));
  const items = agreed.slice(0, MAX_EFFECTS);
  if (move.type === 'destabilise') {
    const stability = stabilityAt(f, sample, move.space);
    items.unshift(msg('ai.effect.odds', { chance: Math.max(0, 6 - stability) }));
  } else if (agreed.length < first.length || runs.some((r) => r.length !== first.length)) {
    items.push(msg('ai.effect.dieDecides'));
  }
  if (items.length === 0) return plainExplanation(action);
  const template = isStep(move) ? 'ai.explain.step' : move.type === 'playOps' ? 'ai.explain.plan' : 'ai.explain.play';
  return { key: template, params: {}, move: action, effects: items };
}

/** An explanation that is the move alone. */
export function plainExplanation(action: Message): Explanation {
  return { key: 'ai.explain.plain', params: {}, move: action, effects: [] };
}
