import { describe, expect, it } from 'vitest';
import type { Task } from '../task/task.schema.js';
import { matchTasks } from './lineage.match.js';
import { haizhuLists } from './lineage.test-support.js';

function tasks(reportId: string, texts: string[]): Task[] {
  return texts.map((text, i) => ({
    id: `${reportId}-t${i + 1}`,
    reportId,
    seq: i + 1,
    text,
    leadUnitIds: ['u-1'],
    supportUnitIds: [],
    targetIds: [],
    statusHistory: [],
    previousTaskIds: [],
  }));
}

describe('matchTasks on hand-made lists', () => {
  const older = tasks('a', [
    '加快建设海珠文化服务中心',
    '力争拉通环岛路沙渡路—南洲路段',
    '加快一批重点项目动工建设',
    '分期对康鹭片区实施改造',
  ]);
  const newer = tasks('b', [
    '推进环岛路沙渡路——南洲路段建设',
    '稳妥有序推动康鹭片区更新改造',
    '加快推进一批重点项目建设',
    '筹集保障性租赁住房1.07万套',
  ]);
  const result = matchTasks(older, newer);

  it('ranks the task naming the same place first, with the name among the shared terms', () => {
    expect(result.newer[0]?.predecessors[0]?.seq).toBe(2);
    expect(result.newer[0]?.predecessors[0]?.sharedTerms.join('|')).toContain('环岛路沙渡路');
    expect(result.newer[1]?.predecessors[0]?.seq).toBe(4);
    expect(result.newer[1]?.predecessors[0]?.sharedTerms).toContain('康鹭片区');
  });

  it('lets names outweigh boilerplate: shared 加快, 一批, 建设 alone stay below a shared place name', () => {
    const boilerplate = result.newer[2]?.predecessors[0]?.score ?? 0;
    const named = result.newer[1]?.predecessors[0]?.score ?? 0;
    expect(named).toBeGreaterThan(boilerplate * 2);
  });

  it('classifies newer tasks and older tasks', () => {
    expect(result.newer[0]?.kind).not.toBe('new');
    expect(result.newer[3]?.kind).toBe('new');
    expect(result.older[1]?.kind).toBe('carried-over');
    expect(result.older[0]?.kind).toBe('not-repeated');
    expect(result.older[1]?.successors[0]?.seq).toBe(1);
  });

  it('calls a task that takes in two of last year’s tasks expanded', () => {
    const merged = matchTasks(
      tasks('a', ['加快小洲智造基地建设', '启动沥滘村复建安置房建设']),
      tasks('b', ['加快小洲智造基地建设，推动沥滘村复建安置房建设']),
    );
    expect(merged.newer[0]?.kind).toBe('expanded');
    expect(
      merged.newer[0]?.predecessors
        .filter((p) => p.aboveThreshold)
        .map((p) => p.seq)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('gives scores within 0..1 and the same output for the same input', () => {
    for (const n of result.newer) {
      for (const p of n.predecessors) {
        expect(p.score).toBeGreaterThan(0);
        expect(p.score).toBeLessThanOrEqual(1);
      }
    }
    expect(matchTasks(older, newer)).toEqual(result);
  });

  it('rejects bad options with a clear message', () => {
    expect(() => matchTasks(older, newer, { threshold: 2 })).toThrow(/threshold must be within 0..1/);
    expect(() => matchTasks(older, newer, { maxPredecessors: 0 })).toThrow(
      /maxPredecessors must be a positive integer/,
    );
  });

  it('handles empty lists', () => {
    expect(matchTasks([], newer).newer.every((n) => n.kind === 'new')).toBe(true);
    expect(matchTasks(older, []).older.every((o) => o.kind === 'not-repeated')).toBe(true);
  });
});

describe('matchTasks on Haizhu 2024 → 2025', () => {
  const { y2024, y2025 } = haizhuLists();
  const result = matchTasks(y2024.tasks, y2025.tasks);
  const top = (seq: number) => result.newer.find((n) => n.seq === seq)?.predecessors[0];

  it('reads both lists whole', () => {
    expect(y2024.tasks).toHaveLength(110);
    expect(y2025.tasks).toHaveLength(90);
  });

  it.each([
    [55, 17, '环岛路沙渡路'], // 推进环岛路沙渡路——南洲路段建设 ← 力争拉通环岛路沙渡路—南洲路段
    [69, 76, '康鹭片区'], // 稳妥有序推动康鹭片区更新改造 ← 分期对康鹭片区实施改造
    [86, 96, '中山大学孙逸仙纪念医院'], // ← 加快中山大学孙逸仙纪念医院建设
    [4, 20, '琶洲算法大赛'], // 擦亮琶洲算法大赛品牌 ← 持续提升琶洲算法大赛国际化
    [71, 78, '沥滘村'], // 推动沥滘村改造项目… ← 完成沥滘村首批回迁安置…
    [64, 59, '育苗行动'], // 深入实施"种子计划""育苗行动" ← 深入实施“育苗行动”
  ])('2025-%i is matched at rank 1 to 2024-%i, sharing %s', (newer, older, term) => {
    const match = top(newer);
    expect(match?.seq).toBe(older);
    expect(match?.aboveThreshold).toBe(true);
    expect(match?.sharedTerms.some((t) => t.includes(term))).toBe(true);
  });

  it('leaves the headline targets (2025-1..3) without a predecessor above the threshold', () => {
    for (const seq of [1, 2, 3]) expect(result.newer.find((n) => n.seq === seq)?.kind).toBe('new');
  });

  it('scores far fewer pairs than all of them', () => {
    expect(result.stats.scoredPairs).toBeLessThan(110 * 90);
  });
});
