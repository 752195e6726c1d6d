import type { Localized } from '@luoshi/core';
import type { Io } from '../io/io.js';

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
