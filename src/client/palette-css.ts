// The palette (src/palette.ts) as CSS custom properties on the page's root, set once at start-up
// before anything is drawn, so styles.css names colours (var(--russia), var(--highlight)) and the
// hex values live only in the palette.
import { NEUTRAL_COLOURS, POWER_COLOURS } from '../palette.js';
import { POWERS } from '../game/index.js';

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Every custom property the palette defines, with its value: `--russia`, `--russia-tint`, `--sea`… */
export function paletteProperties(): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const power of POWERS) {
    const colours = POWER_COLOURS[power];
    out.set(`--${power}`, colours.main);
    out.set(`--${power}-tint`, colours.tint);
    out.set(`--${power}-shade`, colours.shade);
  }
  for (const [name, value] of Object.entries(NEUTRAL_COLOURS)) out.set(`--${kebab(name)}`, value);
  return out;
}

export function applyPalette(style: CSSStyleDeclaration): void {
  for (const [name, value] of paletteProperties()) style.setProperty(name, value);
}
