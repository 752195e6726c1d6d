import { check } from './check.command.js';
import type { Command } from './command.js';
import { compare } from './compare.command.js';
import { evidence } from './evidence.command.js';
import { lineage } from './lineage.command.js';
import { merge } from './merge.command.js';
import { parse } from './parse.command.js';
import { render } from './render.command.js';

/** Every `luoshi` subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [parse, merge, check, compare, lineage, evidence, render];
