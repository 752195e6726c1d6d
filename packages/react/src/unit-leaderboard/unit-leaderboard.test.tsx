import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { guangzhouDataset } from '@luoshi/fixtures';
import { LuoshiProvider } from '../provider/index.js';
import { seriousViolations } from '../test-support/axe.js';
import { EVIL, withMaliciousStrings, withManyUnits } from '../test-support/datasets.js';
import { UnitLeaderboard } from './unit-leaderboard.js';
import { unitStandings } from './unit-leaderboard.rows.js';

const rowIds = () =>
  [...document.querySelectorAll<HTMLElement>('tr[data-row-id]')].map((tr) => tr.dataset.rowId!);

describe('unitStandings', () => {
  it('ranks by completed share, then fewer behind, ties sharing a rank', () => {
    const standings = unitStandings(withManyUnits(120));
    expect(standings).toHaveLength(120);
    for (let i = 1; i < standings.length; i++) {
      const [a, b] = [standings[i - 1]!, standings[i]!];
      expect(
        a.completedShare > b.completedShare ||
          (a.completedShare === b.completedShare && a.behind <= b.behind),
      ).toBe(true);
      if (a.completedShare === b.completedShare && a.behind === b.behind) expect(b.rank).toBe(a.rank);
      else expect(b.rank).toBe(i + 1);
    }
  });

  it('counts suggested statuses where none was recorded, and says how many', () => {
    const standings = unitStandings(guangzhouDataset());
    const total = standings.reduce((n, s) => n + s.suggested, 0);
    expect(total).toBeGreaterThan(0);
    for (const s of standings) expect(Object.values(s.counts).reduce((a, b) => a + b, 0)).toBe(s.total);
  });
});

describe('UnitLeaderboard', { timeout: 30_000 }, () => {
  it('lists 100+ units in rank order and sorts by a header', async () => {
    const user = userEvent.setup();
    const dataset = withManyUnits(120);
    render(<UnitLeaderboard dataset={dataset} />);
    expect(rowIds()).toEqual(unitStandings(dataset).map((s) => s.unitId));
    const header = screen.getByRole('columnheader', { name: /任务数/ });
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const totals = rowIds().map((id) => unitStandings(dataset).find((s) => s.unitId === id)!.total);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
  });

  it('sorts by keyboard and reports controlled sort changes', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(<UnitLeaderboard dataset={guangzhouDataset()} sort={null} onSortChange={onSortChange} />);
    within(screen.getByRole('columnheader', { name: /单位/ }))
      .getByRole('button')
      .focus();
    await user.keyboard(' ');
    expect(onSortChange).toHaveBeenCalledWith({ column: 'name', direction: 'asc' });
  });

  it('chooses a unit', async () => {
    const user = userEvent.setup();
    const onSelectUnit = vi.fn();
    const dataset = guangzhouDataset();
    render(<UnitLeaderboard dataset={dataset} onSelectUnit={onSelectUnit} limit={5} />);
    expect(rowIds()).toHaveLength(5);
    const first = unitStandings(dataset)[0]!;
    await user.click(screen.getByRole('button', { name: first.name }));
    expect(onSelectUnit).toHaveBeenCalledWith(first.unitId);
  });

  it('is complete in English and escapes names', () => {
    const { container } = render(
      <LuoshiProvider locale="en">
        <UnitLeaderboard dataset={withMaliciousStrings()} />
      </LuoshiProvider>,
    );
    expect(container.querySelector('thead')!.textContent).toBe('Rank↕Unit↕Tasks↕Completed↕Behind↕Status');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(EVIL);
  });

  it('has no serious axe violation', async () => {
    const { container } = render(<UnitLeaderboard dataset={guangzhouDataset()} limit={10} />);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
