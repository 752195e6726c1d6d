import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { compareDataset } from '@luoshi/core';
import { guangzhouDataset } from '@luoshi/fixtures';
import { LuoshiProvider } from '../provider/index.js';
import { seriousViolations } from '../test-support/axe.js';
import { EVIL, emptyDataset, withGdp2025, withMaliciousStrings } from '../test-support/datasets.js';
import { ComparisonTable } from './comparison-table.js';

const GDP = 'haizhu-2025-plan-report/target/gdp/2025/growth';
const row = (id: string) =>
  [...document.querySelectorAll<HTMLElement>('tr[data-row-id]')].find((tr) => tr.dataset.rowId === id)!;

describe('ComparisonTable', { timeout: 30_000 }, () => {
  it('has one row per compared target, with target, actual, gap and evaluation', () => {
    const dataset = withGdp2025(5.4);
    render(<ComparisonTable dataset={dataset} />);
    expect(document.querySelectorAll('tr[data-row-id]')).toHaveLength(compareDataset(dataset).length);
    const gdp = row(GDP);
    const cells = [...gdp.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells.slice(0, 6)).toEqual(['地区生产总值', '海珠区', '2025年', '5.5%', '5.4%', '-0.1个百分点']);
    expect(cells[6]).toMatch(/接近|未达标/);
  });

  it('filters through compareDataset options', () => {
    render(<ComparisonTable dataset={guangzhouDataset()} compare={{ jurisdictionId: 'yuexiu' }} />);
    const ids = [...document.querySelectorAll<HTMLElement>('tr[data-row-id]')].map((tr) => tr.dataset.rowId!);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('yuexiu'))).toBe(true);
  });

  it('sorts by gap by keyboard, pending rows last ascending', async () => {
    const user = userEvent.setup();
    render(<ComparisonTable dataset={withGdp2025(5.6)} />);
    within(screen.getByRole('columnheader', { name: /差距/ }))
      .getByRole('button')
      .focus();
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getByRole('columnheader', { name: /差距/ }).getAttribute('aria-sort')).toBe('descending');
    expect(document.querySelector<HTMLElement>('tr[data-row-id]')!.dataset.rowId).toBe(GDP);
  });

  it('is complete in English and escapes names', () => {
    const { container } = render(
      <LuoshiProvider locale="en">
        <ComparisonTable dataset={withMaliciousStrings(withGdp2025(5.5))} />
      </LuoshiProvider>,
    );
    expect(container.querySelector('thead')!.textContent).toBe(
      'Indicator↕Jurisdiction↕Period↕TargetActualGap↕Evaluation↕Explanation',
    );
    expect(row(GDP).textContent).toContain('Met');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(EVIL);
  });

  it('shows an explicit empty state', () => {
    render(<ComparisonTable dataset={emptyDataset()} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
  });

  it('has no serious axe violation', async () => {
    const { container } = render(<ComparisonTable dataset={withGdp2025(5.5)} />);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
