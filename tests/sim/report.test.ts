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
    expect(reproduceCommand(summary)).toBe("npm run sim -- --scenario 'my scenarios/x.json' --games 2 --seed 1 --bots random,random,random --rotate-seats --out <folder>");
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

  it('shows how the game played: the design figures, charted, and their targets checked', () => {
    const played = aggregate({ ...META, scenario: 'historical' }, [
      record(0, {
        regime: 'rescued',
        rescuedBy: 'russia',
        calledInRound: 2,
        capital: 'russia',
        midVp: { russia: 6, turkey: 2, china: 1 },
        vpTally: [
          { power: 'russia', reason: 'control', detail: '', amount: 8 },
          { power: 'russia', reason: 'answeredCall', detail: '', amount: 2 },
          { power: 'turkey', reason: 'culpritFell', detail: '', amount: -1 },
        ],
        plays: [{ card: 'alpha', mode: 'event', power: 'russia' }],
      }),
      record(1, { winner: 'turkey', regime: 'fallen', calledInRound: 3, vp: { russia: 4, turkey: 5, china: 5 } }),
    ]);
    const page = renderReport(played, { chartJs: CHART_STUB });
    const section = page.slice(page.indexOf(`<h2>${t('sim.report.design.heading')}`), page.indexOf(`<h2>${t('sim.report.targetsHeading')}`));
    expect(section).toContain(`<h2>${t('sim.report.design.heading')}</h2>`);
    for (const id of ['chart-design-vp', 'chart-design-events', 'chart-design-outcomes', 'chart-design-unrest', 'chart-design-capital']) expect(section).toContain(`id="${id}"`);
    // 2 of the 11 points (counted without sign) came from answering the call.
    expect(section).toContain(t('sim.report.design.target.crisis', { share: '18.2%', target: '25.0%' }));
    expect(section).toContain(t('sim.report.design.notAllowed'));
    expect(section.match(/<li class="(pass|fail)">/g)?.length).toBeGreaterThanOrEqual(14);
    const opening = '<script id="sim-data" type="application/json">';
    const start = page.indexOf(opening) + opening.length;
    const data = JSON.parse(page.slice(start, page.indexOf('</script>', start))) as {
      charts: { id: string; stacked?: boolean; labels: string[]; datasets: { label: string; data: number[] }[] }[];
    };
    const vp = data.charts.find((c) => c.id === 'chart-design-vp');
    expect(vp?.stacked).toBe(true);
    // The map's sources first; a reason the catalogue does not know is shown by its name, last.
    expect(vp?.datasets.map((d) => d.label)).toEqual([t('sim.report.design.source.control'), t('sim.report.design.source.answeredCall'), 'culpritFell']);
    expect(vp?.datasets[1]?.data).toEqual([1, 0, 0]);
    expect(data.charts.find((c) => c.id === 'chart-design-outcomes')?.labels[0]).toBe(
      t('sim.report.design.outcomeLabel', { outcome: t('sim.report.regime.rescuedBy', { power: t('sim.power.russia') }), games: 1 }),
    );
    expect(page).not.toMatch(/\[sim\.[\w.]+\]/);
  });

  it('says so when no game finished', () => {
    const empty = renderReport(aggregate({ ...META, complete: false }, []), { chartJs: CHART_STUB });
    expect(empty).toContain(t('sim.report.noGames'));
    expect(empty).not.toContain('window.Chart');
    expect(empty).not.toContain(t('sim.report.design.heading'));
  });
});

describe('first moves in the report', () => {
  it('names a first move given as its moveId by its card’s title, never by the power in the id', () => {
    const first = { russia: 'playEvent:russia:il76_air_bridge', turkey: 'playOps:turkey:ots_joint_force', china: 'pass:china' };
    const summary = aggregate(META, [record(0, { firstMoves: first }), record(1, { firstMoves: first })]);
    const page = renderReport(summary, { chartJs: CHART_STUB });
    expect(page).toContain(t('sim.move.playEvent', { card: t('card.il76_air_bridge.title') }));
    expect(page).toContain(t('sim.move.playOps', { card: t('card.ots_joint_force.title') }));
    expect(page).not.toContain('[card.russia.title]');
  });
});
