import { describe, expect, it } from 'vitest';
import { bullet, statusByUnit } from '../views/index.js';
import { sampleDataset } from '../views/common/view.fixture.js';
import { toTable } from './a11y.to-table.js';

describe('toTable', () => {
  it('gives the rows of the chart as an HTML table, from a view and data or from a built model', () => {
    const data = sampleDataset();
    const model = bullet.build(data);
    const html = toTable(bullet, data);
    expect(model.table.rows.length).toBeGreaterThan(0);
    expect(html.match(/<tr data-kind=/g)).toHaveLength(model.table.rows.length);
    expect(html).toContain(`<caption>${model.table.caption}</caption>`);
    expect(html.match(/<th scope="col"/g)).toHaveLength(model.table.columns.length);
    expect(toTable(model)).toBe(html);
    expect(toTable(bullet, data, { locale: 'en' })).not.toBe(html);
  });

  it('escapes every string from the data', () => {
    const data = sampleDataset();
    data.units = data.units!.map((u) => ({ ...u, name: '<img src=x onerror=alert(1)>' }));
    const html = toTable(statusByUnit, data);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('says in its caption why a dataset cannot be shown', () => {
    const model = bullet.build({ schemaVersion: 'x' });
    expect(model.state).toBe('error');
    const html = toTable(bullet, { schemaVersion: 'x' });
    expect(html).toContain(`<caption>${model.message}</caption>`);
    expect(html).not.toContain('<tr data-kind=');
  });
});
