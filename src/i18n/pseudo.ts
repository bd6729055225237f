// The pseudo-locale en-XA: every message accented and padded to about 135% of its length, inside
// brackets. A screen in en-XA shows at once any text that bypassed the catalogue (it stays plain),
// and any box too small for the longer languages to come (the brackets get clipped).
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** How much longer a pseudo-localised text is than its English source. */
export const PSEUDO_GROWTH = 0.35;
const FILLER = ' ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ·ẋ';

/** `text` pseudo-localised; `{placeholders}` are kept as they are, so params still fill in. */
export function pseudoLocalise(text: string): string {
  if (text === '') return text;
  const parts = text.split(/(\{\w+\})/);
  const accented = parts.map((part) => (/^\{\w+\}$/.test(part) ? part : Array.from(part, (ch) => ACCENTED[ch] ?? ch).join(''))).join('');
  const visible = text.replace(/\{\w+\}/g, '').length;
  const pad = Math.ceil(visible * PSEUDO_GROWTH);
  let filler = '';
  while (filler.length < pad) filler += FILLER;
  return `[${accented}${filler.slice(0, pad)}]`;
}
