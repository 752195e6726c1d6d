import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from './__fixtures__/sample.dataset.js';
import { migrateDataset, type Migration } from './dataset.migrate.js';
import { parseDataset } from './dataset.parse.js';
import { SCHEMA_VERSION } from './dataset.schema.js';
import { readDatasetShape } from './dataset.shape.js';

/** A file saved under an earlier schemaVersion: a cut of the Guangzhou dataset as luoshi wrote it then. */
const saved = (version: 1 | 2) =>
  JSON.parse(
    readFileSync(new URL(`./__fixtures__/guangzhou.v${version}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
const savedV1 = () => saved(1);
const savedV2 = () => saved(2);

// Each real schema change adds a saved file of the old version under __fixtures__/ and a test that it
// loads; the mechanism itself is tested with a chain of made-up versions.
describe('schemaVersion 1 → 2 → 3', () => {
  it('loads a file saved under version 1, changing nothing but the version', () => {
    const saved = savedV1();
    expect(saved.schemaVersion).toBe(1);
    const result = parseDataset(saved);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.migratedFrom).toBe(1);
    expect(result.dataset.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.dataset).toMatchObject({ ...saved, schemaVersion: SCHEMA_VERSION });
    expect(result.dataset.tasks.length).toBeGreaterThan(20);
    // Version 2's collections are optional: a version 1 file does not gain empty ones.
    expect(Object.keys(result.dataset)).not.toContain('taskLinks');
    expect(Object.keys(result.dataset)).not.toContain('evidence');
    expect(Object.keys(result.dataset)).not.toContain('statusSuggestions');
  });

  it('is one step in the chain: every version 1 field is kept as it is', () => {
    const saved = savedV1();
    expect(migrateDataset(saved, { target: 2 })).toEqual({
      ok: true,
      from: 1,
      value: { ...saved, schemaVersion: 2 },
    });
    expect(migrateDataset(saved)).toEqual({
      ok: true,
      from: 1,
      value: { ...saved, schemaVersion: SCHEMA_VERSION },
    });
    expect(saved.schemaVersion).toBe(1); // the input is not changed
  });

  it('loads a file saved under version 2 (with links, evidence and suggestions), changing nothing but the version', () => {
    const saved = savedV2();
    expect(saved.schemaVersion).toBe(2);
    const result = parseDataset(saved);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.migratedFrom).toBe(2);
    expect(result.dataset.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.dataset).toEqual({ ...saved, schemaVersion: SCHEMA_VERSION });
    expect(result.dataset.taskLinks?.length).toBeGreaterThan(0);
    expect(result.dataset.evidence?.length).toBeGreaterThan(0);
    // Version 3's task fields are optional: a version 2 task does not gain them.
    for (const task of result.dataset.tasks) {
      expect(Object.keys(task)).not.toContain('deadline');
      expect(Object.keys(task)).not.toContain('responsibleLeader');
    }
  });

  it('keeps a version 3 task’s deadline and responsible leader', () => {
    const saved = savedV2();
    const [first, ...rest] = saved.tasks as Record<string, unknown>[];
    const v3 = {
      ...saved,
      schemaVersion: 3,
      tasks: [{ ...first, deadline: '6月底前', responsibleLeader: '张某某' }, ...rest],
    };
    const result = parseDataset(v3);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.migratedFrom).toBeUndefined();
    expect(result.dataset.tasks[0]).toMatchObject({ deadline: '6月底前', responsibleLeader: '张某某' });
    const empty = parseDataset({ ...v3, tasks: [{ ...first, deadline: '' }, ...rest] });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems[0]?.path).toEqual(['tasks', 0, 'deadline']);
  });

  it.each([1, 2] as const)(
    'version %i is read by the zod-free page check as parseDataset reads it',
    (version) => {
      const full = parseDataset(saved(version));
      const quick = readDatasetShape(saved(version));
      expect(full.ok && quick.ok).toBe(true);
      if (full.ok && quick.ok) expect(quick.dataset).toEqual(JSON.parse(JSON.stringify(full.dataset)));
    },
  );
});

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
