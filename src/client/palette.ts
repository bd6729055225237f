// Colours and patterns: the Okabe–Ito colour-blind-safe palette, and a pattern per power so
// control reads without colour (Russia diagonal hatch, Turkey dots, China cross-hatch).
import type { Power } from '../game/index.js';

export const POWER_COLOUR: Readonly<Record<Power, string>> = {
  russia: '#D55E00',
  turkey: '#0072B2',
  china: '#009E73',
};

/** Lighter tints for fills under the pattern. */
export const POWER_TINT: Readonly<Record<Power, string>> = {
  russia: '#F3C6A6',
  turkey: '#A9CDE6',
  china: '#A8DCCB',
};

export const POWER_PATTERN: Readonly<Record<Power, 'hatch' | 'dots' | 'cross'>> = {
  russia: 'hatch',
  turkey: 'dots',
  china: 'cross',
};

export const MAP_COLOURS = {
  sea: '#D6E6EE',
  caspian: '#9FC6DB',
  context: '#E4E0D6',
  contextBorder: '#B3AC9E',
  contextLabel: '#8A8377',
  space: '#FBF7EC',
  spaceBorder: '#4A4A4A',
  highlight: '#F0E442',
  focus: '#000000',
  crossing: '#2F5F7A',
  investment: '#E69F00',
} as const;

export function hexToNumber(hex: string): number {
  return Number.parseInt(hex.replace('#', ''), 16);
}
