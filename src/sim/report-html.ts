// The pieces every section of report.html is built from: escaped catalogue messages, percentages,
// tables, pass/fail lines and the chart specs the page's script draws.
import { t, type MessageParams } from '../i18n/catalogue.js';
import type { Power } from '../rules/index.js';
import { NEUTRAL_COLOURS, POWER_COLOURS } from '../palette.js';

/** Each power's colour in the charts, and the draws'. */
export const COLOURS: Record<Power | 'draw', string> = {
  russia: POWER_COLOURS.russia.main,
  turkey: POWER_COLOURS.turkey.main,
  china: POWER_COLOURS.china.main,
  draw: NEUTRAL_COLOURS.draw,
};

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A catalogue message, HTML-escaped. */
export function m(key: string, params: MessageParams = {}): string {
  return esc(t(key, params));
}

export function pct(x: number): string {
  return t('sim.fmt.percent', { value: (x * 100).toFixed(1) });
}

export function powerName(p: Power): string {
  return t(`sim.power.${p}`);
}

export interface ChartSpec {
  readonly id: string;
  readonly type: 'bar';
  readonly labels: readonly string[];
  readonly datasets: readonly {
    readonly label: string;
    readonly data: readonly number[];
    readonly backgroundColor: string | readonly string[];
    readonly intervals?: readonly (readonly [number, number])[];
  }[];
  readonly xTitle: string;
  readonly yTitle: string;
  readonly percent: boolean;
  readonly horizontal: boolean;
  readonly legend: boolean;
  /** Bars of one label stacked into one (gains above zero, losses below). */
  readonly stacked?: boolean;
}

/** A table with a header row of catalogue keys. */
export function table(headKeys: readonly string[], rows: readonly string[]): string {
  return `<table><thead><tr>${headKeys.map((k) => `<th>${m(k)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function pctValue(x: number): number {
  return Math.round(x * 1000) / 10;
}

export function chartBlock(spec: ChartSpec, description: string, height = 320): string {
  return `<div class="chart" style="height:${height}px"><canvas id="${spec.id}" role="img" aria-label="${esc(description)}"></canvas></div>`;
}

export function check(ok: boolean, text: string): string {
  return `<li class="${ok ? 'pass' : 'fail'}"><span class="mark">${ok ? '✓' : '✗'}</span> ${esc(text)}</li>`;
}
