import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@luoshi/core';
import {
  bullet,
  gauge,
  jurisdictionComparison,
  statusByUnit,
  taskOverview,
  trend,
  variance,
} from './index.js';

type AnyRecord = Record<string, any>;

const file = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/data/guangzhou.json');
const guangzhou: unknown = JSON.parse(readFileSync(file, 'utf8'));

describe('the committed Guangzhou dataset', () => {
  it('is a valid Dataset', () => {
    expect(parseDataset(guangzhou).ok).toBe(true);
  });

  it.each(
    [bullet, gauge, trend, variance, statusByUnit, jurisdictionComparison, taskOverview].map(
      (v) => [v.name, v] as const,
    ),
  )('%s draws it as it is, with no selection', (_, view) => {
    const model = view.build(guangzhou, { animation: false });
    expect(model.state, model.message).toBe('ready');
    expect(model.table.rows.length).toBeGreaterThan(0);
    const option = model.option as AnyRecord;
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  it('bullet marks every target of the chosen period where the target stands', () => {
    const model = bullet.build(guangzhou, { animation: false });
    const parsed = parseDataset(guangzhou);
    if (!parsed.ok) throw new Error('invalid');
    const targetSeries = ((model.option as AnyRecord).series as AnyRecord[]).filter(
      (s) => s.type === 'scatter' && s.symbol === 'rect',
    );
    expect(targetSeries).toHaveLength(model.table.rows.length);
    for (const [i, row] of model.table.rows.entries()) {
      const target = parsed.dataset.targets.find((t) => t.id === row.selection?.id)!;
      expect(targetSeries[i]!.data[0].value[0]).toBe(target.value);
    }
  });
});
