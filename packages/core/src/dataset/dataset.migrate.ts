import { SCHEMA_VERSION } from './dataset.vocabulary.js';
import type { Problem } from './dataset.problem.js';

/** Turns a Dataset of version N into version N + 1. */
export type Migration = (dataset: Record<string, unknown>) => Record<string, unknown>;

/**
 * The migrations, keyed by the version they start from. Each schema change adds one here and a test
 * that loads a file saved under the old version (see `dataset.migrate.test.ts`), because data outlives code.
 */
export const migrations: Readonly<Record<number, Migration>> = {
  /**
   * 1 → 2 added the optional collections `taskLinks`, `evidence` and `statusSuggestions` and changed
   * nothing else, so every version 1 record is a valid version 2 record as it stands; the version
   * is stamped by {@link migrateDataset}.
   */
  1: (dataset) => ({ ...dataset }),
  /**
   * 2 → 3 added optional fields (`task.deadline`, `task.responsibleLeader`, `indicator.inDictionary`)
   * and changed nothing else:
   * every version 2 record is a valid version 3 record as it stands.
   */
  2: (dataset) => ({ ...dataset }),
};

/** The result of migrating: the upgraded object, or the reason it could not be. */
export type MigrationResult =
  { ok: true; value: unknown; from: number | undefined } | { ok: false; problems: Problem[] };

/**
 * Brings a Dataset saved under an earlier `schemaVersion` up to `target`, one step at a time.
 * Never drops data: each migration maps every field of the old shape onto the new one.
 */
export function migrateDataset(
  input: unknown,
  options: { migrations?: Readonly<Record<number, Migration>>; target?: number } = {},
): MigrationResult {
  const steps = options.migrations ?? migrations;
  const target = options.target ?? SCHEMA_VERSION;
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: true, value: input, from: undefined };
  const raw = input as Record<string, unknown>;
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: true, value: input, from: undefined };
  }
  if (version > target) {
    return {
      ok: false,
      problems: [
        {
          path: ['schemaVersion'],
          code: 'schema_version',
          message: {
            zh: `该数据集由较新版本的 luoshi 写入（schemaVersion ${version}），本版本最高支持 ${target}：请升级 @luoshi/core`,
            en: `this Dataset was written by a newer luoshi (schemaVersion ${version}); this release reads up to ${target}: upgrade @luoshi/core`,
          },
        },
      ],
    };
  }
  let current: Record<string, unknown> = raw;
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step) {
      return {
        ok: false,
        problems: [
          {
            path: ['schemaVersion'],
            code: 'schema_version',
            message: {
              zh: `缺少从 schemaVersion ${v} 到 ${v + 1} 的迁移`,
              en: `no migration from schemaVersion ${v} to ${v + 1}`,
            },
          },
        ],
      };
    }
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, value: current, from: version };
}
