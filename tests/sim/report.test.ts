// report.html: self-contained, from the catalogue, and safe whatever the summary holds.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/catalogue.js';
import { aggregate } from '../../src/sim/aggregate.js';
import { renderReport, reproduceCommand } from '../../src/sim/report.js';
import { META, record } from './records.js';

const CHART_STUB = 'window.Chart = function () {}; /* </script> inside */\n//# sourceMappingURL=chart.umd.min.js.map\n';

describe('renderReport', () => {
  const summary = aggregate({ ...META, scenario: 'classroom', scenarioSource: 'my scenarios/x.json', rotateSeats: true }, [
    record(0, { bots: { russia: 'hard', turkey: 'random', china: 'heuristic' }, plays: [{ card: 'alpha', mode: 'event', power: 'russia' }] }),
    record(1, { bots: { russia: 'random', turkey: 'heuristic', china: 'hard' }, winner: 'china', regime: 'fallen', calledInRound: 2 }),
  ]);
  const html = renderReport(summary, { chartJs: CHART_STUB });

  it('is one page with the charting library inline and nothing fetched', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('window.Chart = function () {};');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\//);
    expect(html).not.toContain('sourceMappingURL');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
  });

  it('has a plain-language header with the scenario title and the command that reproduces the games', () => {
    expect(html).toContain(t('scenario.classroom.title'));
    expect(reproduceCommand(summary)).toBe(
      "npm run sim -- --scenario 'my scenarios/x.json' --games 2 --seed 1 --bots random,random,random --rotate-seats --out <folder>",
    );
    expect(html).toContain("--scenario 'my scenarios/x.json'");
    expect(html).toContain(t('sim.report.seatsHeading'));
    expect(html).toContain(t('sim.report.headHeading'));
    expect(html).not.toMatch(/\[sim\.[\w.]+\]/);
  });

  it('shows the places in round 1 turn order only when the order was rotated', () => {
    expect(html).not.toContain(t('sim.report.orderHeading'));
    const rotated = aggregate({ ...META, rotateOrder: true }, [record(0, { winner: 'china', orderShift: 1 }), record(1, { winner: 'russia', orderShift: 1 })]);
    const page = renderReport(rotated, { chartJs: CHART_STUB });
    expect(page).toContain(t('sim.report.orderHeading'));
    // china acted first and won, russia acted third and won: 50 points between first/third and second.
    expect(page).toContain(t('sim.report.orderExplained', { spread: '50.0' }));
    expect(page).toContain(t('sim.report.place.3'));
    expect(reproduceCommand(rotated)).toContain('--rotate-order');
    expect(page).not.toMatch(/\[sim\.[\w.]+\]/);
  });

  it('says so when no game finished', () => {
    const empty = renderReport(aggregate({ ...META, complete: false }, []), { chartJs: CHART_STUB });
    expect(empty).toContain(t('sim.report.noGames'));
    expect(empty).not.toContain('window.Chart');
  });
});
