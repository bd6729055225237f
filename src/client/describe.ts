// Words for moves and log events, all through the catalogue.
import { describeMove, type Explanation, type GameEvent, type Move, type Power, type SpaceId } from '../game/index.js';
import { hasMessage, joinList, say, t } from '../i18n/catalogue.js';

export const powerName = (p: Power | null | undefined): string => (p ? t(`power.${p}`) : t('ui.nobody'));
export const spaceName = (s: SpaceId): string => t(`space.${s}`);
export const cardTitle = (id: string): string => t(`card.${id}.title`);

/** The move in words: the kernel's one describeMove, put into words by the catalogue. */
export function moveText(move: Move): string {
  return say(describeMove(move));
}

/** A bot's explanation in words: "Russia answers the call for help: unrest 8 → 4, +2 VP". */
export function explanationText(e: Explanation): string {
  const action = say(e.move);
  if (e.effects.length === 0) return t(e.key, { ...e.params, action });
  return t(e.key, { ...e.params, action, effects: e.effects.map((m) => say(m)).join(t('ai.list.separator')) });
}

/** One log line for a kernel event (keys `log.<kind>`). */
export function describeEvent(e: GameEvent): string {
  switch (e.kind) {
    case 'roundStarted':
      return t('log.roundStarted', { round: e.round, date: formatDate(e.date), order: e.order.map(powerName).join(', ') });
    case 'scheduledEvent':
      return t('log.scheduledEvent', { event: t(`event.${e.id}.title`), text: t(`event.${e.id}.text`) });
    case 'income':
      return t('log.income', { power: powerName(e.power), amount: e.amount, pool: e.pool });
    case 'cardPlayed':
      return t(e.mode === 'ops' ? 'log.cardPlayed.ops' : e.target ? 'log.cardPlayed.eventAt' : 'log.cardPlayed.event', {
        power: powerName(e.power),
        card: cardTitle(e.card),
        space: e.target ? spaceName(e.target) : '',
      });
    case 'influenceChanged':
      return t(e.to > e.from ? 'log.influenceChanged.up' : 'log.influenceChanged.down', {
        power: powerName(e.power),
        space: spaceName(e.space),
        amount: Math.abs(e.to - e.from),
        to: e.to,
      });
    case 'investmentChanged':
      return t('log.investmentChanged', { space: spaceName(e.space), from: e.from, to: e.to });
    case 'controlChanged':
      return e.to ? t('log.controlChanged', { space: spaceName(e.space), power: powerName(e.to) }) : t('log.controlLost', { space: spaceName(e.space), power: powerName(e.from) });
    case 'unrestChanged':
      return t('log.unrestChanged', { from: e.from, to: e.to });
    case 'regimeChanged':
      return t(`log.regimeChanged.${e.to}`, { power: powerName(e.by) });
    case 'callAnswered':
      return t('log.callAnswered', { power: powerName(e.power) });
    case 'councilMetOnCall':
      return t('log.councilMetOnCall');
    case 'interruptOpened':
      return t('log.interruptOpened', { power: powerName(e.power) });
    case 'callDeclined':
      return t('log.callDeclined', { power: powerName(e.power) });
    case 'rivalEvent':
      return t('log.rivalEvent', { power: powerName(e.power), card: cardTitle(e.card), side: powerName(e.for) });
    case 'cardsEntered':
      return t('log.cardsEntered', { count: e.count });
    case 'fallBlamed':
      return t('log.fallBlamed', { powers: joinList(e.powers.map(powerName)) });
    case 'capitalChanged':
      return e.to ? t('log.capitalChanged', { power: powerName(e.to) }) : t('log.capitalNobody');
    case 'trackChanged':
      if (e.track === 'stability' && e.space) return t('log.trackChanged.stability', { space: spaceName(e.space), from: e.from, to: e.to });
      if (e.track === 'cstoWilling') return t(e.to > 0 ? 'log.trackChanged.cstoOpen' : 'log.trackChanged.cstoClosed');
      return t(`log.trackChanged.${e.track}`, { from: e.from, to: e.to });
    case 'dieRolled':
      return t(e.power ? 'log.dieRolled' : 'log.dieRolledEvent', { power: powerName(e.power), roll: e.roll, purpose: t(`ui.diePurpose.${e.purpose}`) });
    case 'vp':
      return t(e.amount >= 0 ? 'log.vp.gain' : 'log.vp.loss', {
        power: powerName(e.power),
        amount: Math.abs(e.amount),
        reason: vpReason(e.reason, e.space, e.detail),
      });
    case 'poolChanged':
      return t('log.poolChanged', { power: powerName(e.power), from: e.from, to: e.to });
    case 'tempoChanged':
      return t('log.tempoChanged', { power: powerName(e.power), amount: e.amount });
    case 'cardsDrawn':
      return t('log.cardsDrawn', { power: powerName(e.power), count: e.count });
    case 'deckReshuffled':
      return t('log.deckReshuffled', { size: e.size });
    case 'passed':
      return t('log.passed', { power: powerName(e.power) });
    case 'opsEnded':
      return t('log.opsEnded', { power: powerName(e.power), unused: e.unused });
    case 'scoring':
      return t('log.scoring', { round: e.round, russia: e.vp.russia, turkey: e.vp.turkey, china: e.vp.china });
    case 'gameOver':
      return e.winner ? t(`log.gameOver.${e.reason}`, { power: powerName(e.winner) }) : t('log.gameOver.draw');
  }
}

/** Why points were scored, in words: "control of Kazakhstan North". */
export function vpReason(reason: string, space?: SpaceId, detail?: string): string {
  return t(`ui.vpReason.${reason}`, { space: space ? spaceName(space) : '', detail: detail ? detailName(reason, detail) : '' });
}

/** The words for a score line's detail: an event's (card or scheduled) or an agenda's title, never its id. */
function detailName(reason: string, detail: string): string {
  if (reason === 'agenda') return t(`agenda.${detail}.title`);
  return hasMessage(`card.${detail}.title`) ? t(`card.${detail}.title`) : t(`event.${detail}.title`);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2022-01-05" → "5 January 2022"; a range "2022-01-05/2022-01-06" keeps both ends. */
export function formatDate(iso: string): string {
  return iso
    .split('/')
    .map((part) => {
      const [y, m, d] = part.split('-');
      const month = MONTHS[Number(m) - 1];
      if (!y || !month) return part;
      return d ? t('ui.date.full', { day: Number(d), month: t(`ui.month.${month}`), year: y }) : t('ui.date.month', { month: t(`ui.month.${month}`), year: y });
    })
    .join(' – ');
}

export function shortDate(iso: string): string {
  const [, m, d] = (iso.split('/')[0] ?? '').split('-');
  const month = MONTHS[Number(m) - 1];
  return month && d ? t('ui.date.short', { day: Number(d), month: t(`ui.month.${month}`) }) : iso;
}
