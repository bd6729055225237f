// The one way the project's commands (the runner and the scripts) read their options: node's
// parseArgs in strict mode. Its faults are thrown TypeErrors in Node's own English; here they become
// one line from the catalogue that names the option at fault, so a typo never ends in a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { t } from '../i18n/catalogue.js';

/** A parseArgs config that stays strict (the default): unknown options and missing values are faults. */
export type StrictConfig = ParseArgsConfig & { readonly strict?: true; readonly tokens?: false };

export type CommandLine<T extends StrictConfig> = { readonly ok: true; readonly parsed: ReturnType<typeof parseArgs<T>> } | { readonly ok: false; readonly message: string };

/** `--help` and `-h`, which every command answers with its usage. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** The command line `config.args` read strictly, or the catalogue's words for its first fault. */
export function parseCommandLine<const T extends StrictConfig>(config: T): CommandLine<T> {
  try {
    return { ok: true, parsed: parseArgs(config) };
  } catch (error) {
    if (!(error instanceof TypeError) || !('code' in error) || typeof error.code !== 'string' || !error.code.startsWith('ERR_PARSE_ARGS_')) throw error;
    return { ok: false, message: explainFault(config, error.message) };
  }
}

/**
 * Which argument the strict parse refused, found by reading the same arguments loosely into tokens
 * (the thrown error carries only Node's sentence, not the option). The checks are the strict mode's.
 */
function explainFault(config: StrictConfig, nodeMessage: string): string {
  const options = config.options ?? {};
  const { tokens } = parseArgs({ ...config, strict: false, tokens: true, allowPositionals: true });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (config.allowPositionals !== true) return t('sim.cli.unexpected', { value: token.value });
      continue;
    }
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) return t('sim.cli.unknownOption', { option: token.rawName });
    if (option.type === 'boolean' && token.value !== undefined) return t('sim.cli.noValue', { option: token.rawName });
    // Strict mode will not take "--out --games" as an --out of "--games": a value that looks like an option is a missing one.
    const looksLikeOption = token.inlineValue !== true && token.value !== undefined && token.value.length > 1 && token.value.startsWith('-');
    if (option.type === 'string' && (token.value === undefined || looksLikeOption)) return t('sim.cli.missingValue', { option: token.rawName });
  }
  return t('sim.cli.badArguments', { reason: nodeMessage.split('\n')[0] ?? nodeMessage });
}

/** The one line a command prints for bad usage: the fault and where the options are listed. */
export function usageErrorLine(message: string, command: string): string {
  return t('sim.cli.seeHelp', { message, command });
}

/** For the scripts: print the usage error line and end with exit code 2. */
export function exitWithUsageError(message: string, command: string): never {
  process.stderr.write(`${usageErrorLine(message, command)}\n`);
  process.exit(2);
}

/** For the scripts: the whole number (at least `min`) an option holds, `fallback` when absent, or exit 2. */
export function countOption(option: string, value: string | undefined, fallback: number, min: number, command: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) exitWithUsageError(t('sim.cli.badCount', { option, value, min }), command);
  return n;
}

/**
 * For the scripts, whose command line is read once at the top: the parsed options, or the process
 * ends here, before any work starts: the usage on stdout for --help/-h (exit 0), one line on stderr
 * for a fault (exit 2).
 */
export function readCommandLine<const T extends StrictConfig>(config: T, usage: () => string, command: string): ReturnType<typeof parseArgs<T>> {
  const read = parseCommandLine(config);
  if (!read.ok) exitWithUsageError(read.message, command);
  const values: Readonly<Record<string, unknown>> = read.parsed.values;
  if (values.help === true) {
    process.stdout.write(`${usage()}\n`);
    process.exit(0);
  }
  return read.parsed;
}
