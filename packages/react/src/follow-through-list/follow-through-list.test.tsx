import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { guangzhouDataset } from '@luoshi/fixtures';
import { LuoshiProvider } from '../provider/index.js';
import { seriousViolations } from '../test-support/axe.js';
import { EVIL, emptyDataset, withMaliciousStrings } from '../test-support/datasets.js';
import { FollowThroughList, type FollowThroughDecision } from './follow-through-list.js';
import { followThroughItems } from './follow-through-list.items.js';

const dataset = guangzhouDataset();
const T1 = 'haizhu-2024-task-division-t1';
const item = (id: string) => document.querySelector<HTMLElement>(`li[data-task-id="${id}"]`)!;

describe('followThroughItems', () => {
  it("gives last year's tasks (2024, the latest with suggestions) with their evidence and its source", () => {
    const items = followThroughItems(dataset);
    expect(items.length).toBe(dataset.tasks.filter((t) => t.reportId === 'haizhu-2024-task-division').length);
    const t1 = items.find((i) => i.task.id === T1)!;
    expect(t1.suggestion?.status).toBe('on-track');
    expect(t1.evidence[0]).toMatchObject({ reportId: 'haizhu-2025-plan-report', line: 60 });
    expect(t1.evidence[0]!.reportTitle).toBe(
      dataset.reports.find((r) => r.id === 'haizhu-2025-plan-report')!.title,
    );
  });
});

describe('FollowThroughList', { timeout: 60_000 }, () => {
  it('shows the suggested status, the quote and where it was read', () => {
    render(<FollowThroughList dataset={dataset} />);
    const t1 = item(T1);
    expect(within(t1).getByText('序时推进')).toBeTruthy();
    expect(t1.querySelector('blockquote')!.textContent).toMatch(/^交通路网建设加快推进/);
    expect(t1.querySelector('figcaption')!.textContent).toMatch(/，第60行$/);
  });

  it("confirms a suggestion with today's date through onDecide", async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn();
    render(<FollowThroughList dataset={dataset} onDecide={onDecide} today="2025-03-01" />);
    await user.click(within(item(T1)).getByRole('button', { name: '确认为“序时推进”' }));
    expect(onDecide).toHaveBeenCalledWith(T1, { status: 'on-track', date: '2025-03-01' });
  });

  it('changes a status with a note and date, by keyboard, and shows the stored decision', async () => {
    const user = userEvent.setup();
    const decisions: Record<string, FollowThroughDecision> = {};
    function Harness() {
      const [state, setState] = useState<Record<string, FollowThroughDecision>>({});
      return (
        <FollowThroughList
          dataset={dataset}
          decisions={state}
          today="2025-03-01"
          onDecide={(id, d) => {
            decisions[id] = d;
            setState((s) => ({ ...s, [id]: d }));
          }}
        />
      );
    }
    render(<Harness />);
    within(item(T1)).getByRole('button', { name: '修改' }).focus();
    await user.keyboard('{Enter}');
    await user.selectOptions(within(item(T1)).getByLabelText('选择状态'), 'completed');
    await user.click(within(item(T1)).getByLabelText('备注'));
    await user.paste('区发改局 2025年3月 书面确认');
    await user.click(within(item(T1)).getByRole('button', { name: '保存' }));
    expect(decisions[T1]).toEqual({
      status: 'completed',
      date: '2025-03-01',
      note: '区发改局 2025年3月 书面确认',
    });
    expect(within(item(T1)).getByTestId('luoshi-decision').textContent).toContain(
      '已确认为“已完成”（2025-03-01）',
    );
    expect(screen.getByTestId('luoshi-follow-count').textContent).toMatch(/已确认 1 项/);
  });

  it('cancels a change without deciding', async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn();
    render(<FollowThroughList dataset={dataset} onDecide={onDecide} />);
    await user.click(within(item(T1)).getByRole('button', { name: '修改' }));
    await user.click(within(item(T1)).getByRole('button', { name: '取消' }));
    expect(onDecide).not.toHaveBeenCalled();
    expect(within(item(T1)).queryByLabelText('备注')).toBeNull();
  });

  it('is complete in English', () => {
    render(
      <LuoshiProvider locale="en">
        <FollowThroughList dataset={dataset} onDecide={() => {}} />
      </LuoshiProvider>,
    );
    const t1 = item(T1);
    expect(within(t1).getByRole('button', { name: 'Confirm “On track”' })).toBeTruthy();
    expect(t1.querySelector('figcaption')!.textContent).toMatch(/^Source: .*, line 60$/);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe("Follow-through of last year's tasks");
  });

  it('escapes quotes and names, and shows an empty state', () => {
    const { container, unmount } = render(<FollowThroughList dataset={withMaliciousStrings()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(EVIL);
    unmount();
    render(<FollowThroughList dataset={emptyDataset()} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
  });

  it('has no serious axe violation', async () => {
    const { container } = render(<FollowThroughList dataset={dataset} onDecide={() => {}} />);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
