import { check } from './check.command.js';
import type { Command } from './command.js';
import { merge } from './merge.command.js';

/** Every `luoshi` subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [check, merge];
