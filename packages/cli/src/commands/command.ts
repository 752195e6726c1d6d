import type { Localized } from '@luoshi/core';
import { say, type Io } from '../io/io.js';

/** An option as `node:util` parseArgs takes it, with its help text. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  default?: string | boolean;
  /** For `--help`: what it does, and its default. */
  help: Localized;
  /** The value's name in `--help` (`NAME`). */
  value?: string;
}

/** What a command returns: an exit code, or a usage error (exit 2, with help). */
export type CommandResult = { exitCode: 0 | 1 } | { usage: string };

/** One `luoshi` subcommand. */
export interface Command {
  name: string;
  summary: Localized;
  usage: string;
  help: Localized;
  options: Record<string, OptionSpec>;
  run(
    args: { positionals: string[]; values: Record<string, string | boolean | string[] | undefined> },
    io: Io,
  ): Promise<CommandResult>;
}

/** Output formats of the commands that print records. */
export type OutputFormat = 'table' | 'json';

/** The `--format` option (default `table`), or the usage error for any other value. */
export function outputFormat(value: unknown, io: Io): OutputFormat | { usage: string } {
  const format = String(value ?? 'table');
  if (format === 'table' || format === 'json') return format;
  return { usage: say(io, `未知格式 "${format}"（table|json）`, `unknown format "${format}" (table|json)`) };
}
