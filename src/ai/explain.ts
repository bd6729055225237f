// The one-line explanation of a bot's choice: the move in words, then what it does to the public
// board in the bot's own simulation ("Russia answers the call for help: unrest 8 → 4, +2 VP").
// The simulation runs on a state dealt from the bot's view, and the line names only public facts
// (influence, control, tracks, VP), never a card in anyone's hand. Effects decided by a die are
// simulated with three fixed rolls; only what all three agree on is stated.
import { t } from '../i18n/catalogue.js';
import { applyLegalMoveInPlace, copyState } from '../rules/kernel.js';
import { seedRng } from '../rules/rng.js';
import { POWERS, type GameState, type Move, type Power, type SpaceId } from '../rules/types.js';
import { cardPointsFor, controllerOf, factsFor, stabilityAt, type Facts } from './facts.js';
import { playAction } from './policy.js';

const DIE_SEEDS = [11, 22, 33] as const;
/** At most this many effects on one line. */
const MAX_EFFECTS = 5;

const powerName = (p: Power): string => t(`power.${p}`);
const spaceName = (id: SpaceId): string => t(`space.${id}`);
const cardName = (id: string): string => t(`card.${id}.title`);

/** The move alone, in words. */
export function describeMove(move: Move, s?: GameState): string {
  const power = powerName(move.power);
  switch (move.type) {
    case 'playOps': {
      const points = s ? cardPointsFor(factsFor(s.scenarioId), s, move.power, move.card) : undefined;
      if (points === undefined) return t('ai.action.playOpsPlain', { power, card: cardName(move.card) });
      return t(points === 1 ? 'ai.action.playOpsOne' : 'ai.action.playOps', { power, card: cardName(move.card), points });
    }
    case 'playEvent':
      return move.target
        ? t('ai.action.playEventTarget', { power, card: cardName(move.card), space: spaceName(move.target) })
        : t('ai.action.playEvent', { power, card: cardName(move.card) });
    case 'destabilise':
      return t('ai.action.destabilise', { power, rival: powerName(move.rival), space: spaceName(move.space) });
    case 'place':
    case 'stabilise':
    case 'invest':
    case 'diplomacy':
      return t(`ai.action.${move.type}`, { power, space: spaceName(move.space) });
    case 'endOps':
    case 'answerCall':
    case 'pass':
      return t(`ai.action.${move.type}`, { power });
  }
}

/**
 * The public differences `move` made, as short phrases from the mover's point of view, most
 * telling first: the focus space of an operation, unrest, the mover's VP, control, the regime,
 * other influence, the tracks, and the rivals' VP.
 */
function effects(f: Facts, before: GameState, after: GameState, move: Move): string[] {
  const me = move.power;
  const focus = 'space' in move ? move.space : null;
  const first: string[] = [];
  const control: string[] = [];
  const influence: string[] = [];
  const tracks: string[] = [];
  const rivalsVp: string[] = [];
  if (focus !== null && before.influence[focus][me] !== after.influence[focus][me]) {
    first.push(t('ai.effect.influenceHere', { from: before.influence[focus][me], to: after.influence[focus][me] }));
  }
  if (after.unrest !== before.unrest) first.push(t('ai.effect.unrest', { from: before.unrest, to: after.unrest }));
  for (const p of POWERS) {
    const d = after.vp[p] - before.vp[p];
    if (d === 0) continue;
    const key = d > 0 ? 'ai.effect.vpGain' : 'ai.effect.vpLoss';
    if (p === me) first.push(t(key, { amount: Math.abs(d) }));
    else rivalsVp.push(t(`${key}Rival`, { rival: powerName(p), amount: Math.abs(d) }));
  }
  if (after.regime !== before.regime) control.push(t(`ai.effect.regime.${after.regime}`));
  for (const id of f.spaceIds) {
    const from = before.influence[id];
    const to = after.influence[id];
    const was = controllerOf(f, before, id);
    const now = controllerOf(f, after, id);
    const value = f.value[f.at[id] ?? -1] ?? 0;
    const mine = from[me] !== to[me] && id !== focus;
    if (mine && now === me && was !== me) {
      control.push(t('ai.effect.influenceTakesControl', { space: spaceName(id), from: from[me], to: to[me], value }));
    } else if (mine) influence.push(t('ai.effect.influence', { space: spaceName(id), from: from[me], to: to[me] }));
    for (const rival of POWERS) {
      if (rival !== me && from[rival] !== to[rival]) {
        influence.push(t('ai.effect.rivalInfluence', { rival: powerName(rival), space: spaceName(id), from: from[rival], to: to[rival] }));
      }
    }
    if (was !== now && !(mine && now === me)) {
      if (now === me) control.push(t(id === focus ? 'ai.effect.takesControlHere' : 'ai.effect.takesControl', { space: spaceName(id), value }));
      else if (was === me) control.push(t('ai.effect.losesControl', { space: spaceName(id) }));
      else if (was !== null) control.push(t('ai.effect.breaksControl', { rival: powerName(was), space: spaceName(id) }));
      else if (now !== null) control.push(t('ai.effect.rivalControl', { rival: powerName(now), space: spaceName(id) }));
    }
    const sFrom = stabilityAt(f, before, id);
    const sTo = stabilityAt(f, after, id);
    if (sFrom !== sTo) tracks.push(t('ai.effect.stability', { space: spaceName(id), from: sFrom, to: sTo }));
  }
  if (after.overstretch !== before.overstretch) tracks.push(t('ai.effect.overstretch', { from: before.overstretch, to: after.overstretch }));
  if (after.otsReadiness !== before.otsReadiness) tracks.push(t('ai.effect.otsReadiness', { from: before.otsReadiness, to: after.otsReadiness }));
  if (after.capital !== before.capital) {
    tracks.push(after.capital ? t('ai.effect.capital', { power: powerName(after.capital) }) : t('ai.effect.capitalNobody'));
  }
  if (after.cstoWilling !== before.cstoWilling) tracks.push(t(after.cstoWilling ? 'ai.effect.cstoOpens' : 'ai.effect.cstoCloses'));
  if (move.type !== 'playOps' && !isStep(move) && after.pool[me] !== before.pool[me]) {
    tracks.push(t('ai.effect.pool', { from: before.pool[me], to: after.pool[me] }));
  }
  return [...first, ...control, ...influence, ...tracks, ...rivalsVp];
}

function isStep(m: Move): boolean {
  return m.type === 'place' || m.type === 'stabilise' || m.type === 'destabilise' || m.type === 'invest' || m.type === 'diplomacy';
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
export function explainMove(sample: GameState, move: Move): string {
  const f = factsFor(sample.scenarioId);
  const action = describeMove(move, sample);
  if (move.type === 'endOps') {
    return t('ai.explain.endOps', { action, points: sample.pending?.pointsLeft ?? 0, ip: sample.pool[move.power] });
  }
  const runs: string[][] = [];
  for (const seed of DIE_SEEDS) {
    const after = actionOnly(sample, move.power);
    after.rng = seedRng(seed);
    // A card for operations is explained with the greedy plan for its points; a single step alone.
    if (isStep(move)) applyLegalMoveInPlace(after, move);
    else playAction(after, move, f);
    runs.push(effects(f, sample, after, move));
  }
  const first = runs[0] ?? [];
  const agreed = first.filter((e) => runs.every((r) => r.includes(e)));
  const items = agreed.slice(0, MAX_EFFECTS);
  if (move.type === 'destabilise') {
    const stability = stabilityAt(f, sample, move.space);
    items.unshift(t('ai.effect.odds', { chance: Math.max(0, 6 - stability) }));
  } else if (agreed.length < first.length || runs.some((r) => r.length !== first.length)) {
    items.push(t('ai.effect.dieDecides'));
  }
  if (items.length === 0) return t('ai.explain.plain', { action });
  const list = items.join(t('ai.list.separator'));
  const template = isStep(move) ? 'ai.explain.step' : move.type === 'playOps' ? 'ai.explain.plan' : 'ai.explain.play';
  return t(template, { action, effects: list });
}
