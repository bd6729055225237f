// The one palette of Qantar: the game's map and panels and the runner's report all take their
// colours from here, so a power looks the same on the board, in the debrief and in the charts.
// Pure data, outside src/client, so the report can use it without importing the browser client.
//
// The power colours are the Okabe–Ito colour-blind-safe set (vermillion, blue, bluish green): the
// three stay apart under protanopia, deuteranopia and tritanopia, and each has at least 3:1
// contrast on the game's paper and on white (tests/palette.test.ts measures both). Control also
// reads without colour: patterns on the map and a shape per power on markers.
import type { Power } from './rules/index.js';

export interface PowerColours {
  /** Markers, borders, flags, chart bars, headings. */
  readonly main: string;
  /** A light fill under the control pattern on the map (and the power's home area). */
  readonly tint: string;
  /** A dark glow behind the hotseat handoff screen, on the near-black background. */
  readonly shade: string;
}

export const POWER_COLOURS: Readonly<Record<Power, PowerColours>> = {
  russia: { main: '#D55E00', tint: '#F3C6A6', shade: '#5B2A0C' },
  turkey: { main: '#0072B2', tint: '#A9CDE6', shade: '#0B3654' },
  china: { main: '#009E73', tint: '#A8DCCB', shade: '#08493A' },
};

/** Colours that belong to no power: the map's ground and water, highlights, badges, a draw. */
export const NEUTRAL_COLOURS = {
  /** The page behind the panels (the game's background). */
  paper: '#FBF8F1',
  sea: '#D6E6EE',
  caspian: '#9FC6DB',
  context: '#E4E0D6',
  contextBorder: '#B3AC9E',
  contextLabel: '#8A8377',
  space: '#FBF7EC',
  spaceBorder: '#4A4A4A',
  /** Legal targets, the current unrest, focus rings: Okabe–Ito yellow, outlined in black. */
  highlight: '#F0E442',
  /** A VP source the report has no colour of its own for. */
  otherSource: '#B0B0B0',
  focus: '#000000',
  crossing: '#2F5F7A',
  investment: '#E69F00',
  turkic: '#CC79A7',
  /** A game nobody won, in the report's charts. */
  draw: '#8C8C8C',
} as const;

export type NeutralColour = keyof typeof NEUTRAL_COLOURS;

/** Colours of the VP sources in the report's "How the game played": the crisis's warm, the map's cool. */
export const VP_SOURCE_COLOURS = {
  control: '#4A6FA5',
  bloc: '#8FB3DE',
  agenda: '#6C8A7B',
  event: '#9B59B6',
  answeredCall: '#B03A2E',
  orderRestored: '#E67E22',
  calmedUnrest: '#F0B27A',
  capitalFavour: '#D98880',
  lateStart: '#AAB7B8',
  regimeFell: '#2C3E50',
  fallBlame: '#641E16',
  stabilityDividend: '#C9A227',
  otsVoice: '#1F618D',
  xinjiangUnrest: '#A04000',
  overstretch: '#7B241C',
} as const;
