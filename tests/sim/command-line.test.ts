// The strict command-line reader every command uses: each fault node's parseArgs refuses comes
// back as one catalogue line naming the argument, never as a thrown error.
import { describe, expect, it } from 'vitest';
import { HELP_OPTION, parseCommandLine } from '../../src/sim/command-line.js';

const OPTIONS = { out: { type: 'string' }, runs: { type: 'string' }, fast: { type: 'boolean' }, ...HELP_OPTION } as const;

function fault(args: string[], allowPositionals = false): string {
  const read = parseCommandLine({ args, options: OPTIONS, allowPositionals });
  if (read.ok) throw new Error(`${args.join(' ')} was accepted`);
  return read.message;
}

describe('parseCommandLine', () => {
  it('reads values, flags, short flags and positionals', () => {
    const read = parseCommandLine({ args: ['--out', 'a', '--fast', '-h', '--runs=3', 'x'], options: OPTIONS, allowPositionals: true });
    expect(read).toEqual({ ok: true, parsed: { values: { out: 'a', fast: true, help: true, runs: '3' }, positionals: ['x'] } });
  });

  it('names the argument at fault in one line', () => {
    expect(fault(['--slow'])).toBe('unknown option --slow');
    expect(fault(['-x'])).toBe('unknown option -x');
    expect(fault(['--out'])).toBe('--out needs a value');
    expect(fault(['--out', '--fast'])).toBe('--out needs a value');
    expect(fault(['--fast=no'])).toBe('--fast takes no value');
    expect(fault(['--out', 'a', 'x'])).toBe('unexpected argument "x"');
    expect(fault(['x', '--slow'], true)).toBe('unknown option --slow');
  });

  it('takes a value that starts with a dash when it is written inline', () => {
    expect(parseCommandLine({ args: ['--out=-a'], options: OPTIONS })).toMatchObject({ ok: true, parsed: { values: { out: '-a' } } });
  });
});
