import { describe, expect, it } from 'vitest';
import { sampleDataset } from './common/view.fixture.js';
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

const views = [bullet, gauge, trend, variance, statusByUnit, jurisdictionComparison, taskOverview];

describe.each(views.map((view) => [view.name, view] as const))('every view: %s', (_, view) => {
  it('draws the sample with no selection: ready, JSON-only, aria on, a table and tooltips', () => {
    const model = view.build(sampleDataset(), { animation: false });
    expect(model.state).toBe('ready');
    const option = model.option as AnyRecord;
    expect(JSON.parse(JSON.stringify(option))).toEqual(option); // no functions, no undefined holes that matter
    expect(option.aria).toMatchObject({ enabled: true, label: { description: model.description } });
    expect(model.description.length).toBeGreaterThan(10);
    expect(model.table.rows.length).toBeGreaterThan(0);
    expect(Object.keys(model.tooltips).length).toBeGreaterThan(0);
    for (const key of Object.keys(model.selections)) expect(model.tooltips[key]).toBeDefined();
    expect(view.install.length).toBeGreaterThan(0);
  });

  it('never throws: garbage gives an error state drawn as text', () => {
    for (const input of [undefined, 42, 'x', [], { schemaVersion: 1, tasks: 'no' }]) {
      const model = view.build(input, { locale: 'en' });
      expect(model.state).toBe('error');
      expect((model.option as AnyRecord).title.text).toBe(model.message);
    }
  });

  it('has an explicit empty state and a dark theme', () => {
    const empty = view.build({ schemaVersion: 1 });
    expect(empty.state).toBe('empty');
    expect((empty.option as AnyRecord).title.text).toBeTruthy();
    expect((view.build(sampleDataset(), { theme: 'dark' }).option as AnyRecord).backgroundColor).toBe(
      '#15171C',
    );
  });
});
