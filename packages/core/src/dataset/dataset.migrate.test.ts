import { describe, expect, it } from 'vitest';
import { sampleDataset } from './__fixtures__/sample.dataset.js';
import { migrateDataset, type Migration } from './dataset.migrate.js';
import { parseDataset } from './dataset.parse.js';
import { SCHEMA_VERSION } from './dataset.schema.js';

// Each real schema change adds a saved file of the old version under __fixtures__/ and a test that it
// loads; until the first change, the mechanism itself is tested with a chain of made-up versions.
describe('migrateDataset', () => {
  const chain: Record<number, Migration> = {
    1: (d) => ({ ...d, renamed: d.old, old: undefined }),
    2: (d) => ({
      ...d,
      tasks: ((d.tasks as unknown[]) ?? []).map((t) => ({ ...(t as object), migrated: true })),
    }),
  };

  it('applies each step in order and stamps the new version', () => {
    const result = migrateDataset(
      { schemaVersion: 1, old: 'kept', tasks: [{ id: 'a' }] },
      { migrations: chain, target: 3 },
    );
    expect(result).toEqual({
      ok: true,
      from: 1,
      value: { schemaVersion: 3, renamed: 'kept', old: undefined, tasks: [{ id: 'a', migrated: true }] },
    });
  });

  it('refuses a file from a newer release with a clear message, rather than guessing', () => {
    const result = parseDataset({ ...sampleDataset(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.path).toEqual(['schemaVersion']);
    expect(result.problems[0]?.message.en).toMatch(/newer luoshi.*upgrade @luoshi\/core/);
  });

  it('says which step is missing', () => {
    const result = migrateDataset({ schemaVersion: 1 }, { migrations: { 1: (d) => d }, target: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message.en).toBe('no migration from schemaVersion 2 to 3');
  });

  it('leaves the current version untouched', () => {
    const input = sampleDataset();
    const result = migrateDataset(input);
    expect(result).toEqual({ ok: true, from: SCHEMA_VERSION, value: input });
  });

  it('reports a missing schemaVersion at its path', () => {
    const { schemaVersion: _omit, ...rest } = sampleDataset();
    const result = parseDataset(rest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual([['schemaVersion']]);
  });
});
