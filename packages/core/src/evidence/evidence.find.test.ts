import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Task } from '../task/task.schema.js';
import { parseTaskDivision } from '../task-division/task-division.parse.js';
import { findEvidence } from './evidence.find.js';
import { suggestStatus } from './evidence.status.js';

const here = dirname(fileURLToPath(import.meta.url));
function readSeed(name: string): string {
  for (const dir of [join(here, '../../../fixtures/sources'), join(here, '../../../../../shared/seeds')]) {
    if (existsSync(join(dir, name))) return readFileSync(join(dir, name), 'utf8');
  }
  throw new Error(`seed ${name} not found`);
}

describe('findEvidence: Haizhu 2024 tasks in the 2025 plan report (hand-verified)', () => {
  const report = readSeed('haizhu-2025-plan-report.txt');
  const { tasks } = parseTaskDivision(readSeed('haizhu-2024-task-division.txt'), {
    jurisdictionId: 'haizhu',
    reportId: 'haizhu-2024-td',
  });
  const result = findEvidence(tasks, report, { reportId: 'haizhu-2025-plan' });
  const of = (seq: number) => {
    const task = tasks.find((t) => t.seq === seq) as Task;
    const evidence = result.tasks.find((t) => t.seq === seq);
    if (!evidence) throw new Error(`no entry for task ${seq}`);
    return { task, evidence, suggestion: suggestStatus(task, evidence) };
  };

  it('reads the review part (2024) and leaves the 2025 plan part and the notes out', () => {
    expect(result.reviewYear).toBe(2024);
    const read = result.sections.filter((s) => s.read);
    expect(read.map((s) => s.heading)).toEqual(['一、2024年国民经济和社会发展计划执行情况']);
    expect(result.sections.some((s) => s.role === 'plan' && !s.read)).toBe(true);
  });

  // Each row was checked by reading the plan report: the sentence is about the task, and the
  // status follows from what it says.
  it.each([
    // 2024-22 发布数据经纪人能力成熟度评估标准 — the review: 发布《数据经纪人能力成熟度评估模型》团体标准
    [22, '数据经纪人能力成熟度评估模型', 'completed'],
    // 2024-21 一区多点布局智算中心 — “琶洲算谷”系列智算中心正式运营
    [21, '智算中心正式运营', 'completed'],
    // 2024-10 高品质运营广州塔南广场 — 广州塔广场开业运营
    [10, '广州塔广场开业运营', 'completed'],
    // 2024-78 完成沥滘村首批回迁安置，交付2个复建住宅… — 3个复建住宅地块…已封顶,首批1023套复建安置房交楼
    [78, '复建安置房交楼', 'completed'],
    // 2024-105 …打造大湾区跨境劳动关系服务示范中心 — 成立首个粤港澳大湾区跨境劳动关系示范服务中心
    [105, '跨境劳动关系示范服务中心', 'completed'],
    // 2024-66 全力推动土地收储、供应 — 有序推进土地收储和供应 (progress, not a one-off)
    [66, '有序推进土地收储和供应', 'on-track'],
    // 2024-70 改造广重片区一批老旧小区 — 推进19个老旧小区微改造
    [70, '推进19个老旧小区微改造', 'on-track'],
    // 2024-20 持续提升琶洲算法大赛… — 第三届琶洲算法大赛圆满收官 (continuing work: ongoing)
    [20, '第三届琶洲算法大赛圆满收官', 'ongoing'],
    // 2024-59 深入实施“育苗行动” — 开展…“育苗行动”奖励政策兑付工作
    [59, '育苗行动', 'ongoing'],
  ] as const)('task 2024-%i: the best sentence holds “%s”, suggested %s', (seq, words, status) => {
    const { evidence, suggestion } = of(seq);
    const best = evidence.sentences[0];
    expect(best?.quote).toContain(words);
    expect(report.slice(best?.offset ?? 0, (best?.offset ?? 0) + (best?.quote.length ?? 0))).toBe(
      best?.quote,
    );
    expect(suggestion.status).toBe(status);
    expect(suggestion.suggested).toBe(true);
    expect(suggestion.evidence[0]?.quote).toBe(best?.quote);
    expect(suggestion.confidence).toBeGreaterThan(0);
  });

  // Sentences that share words with a task but report something else done: checked by reading.
  it.each([
    // 完成…琶洲人工智能大模型应用示范基地…等5块产业用地出让: a land sale, not the plan the task issues.
    [33, '用地出让'],
    // The same sentence for 支持培育本土大模型 and 引进一批大模型应用领军企业.
    [36, '用地出让'],
    [37, '用地出让'],
    // 完成湿地—琶洲一体化特色游径概念规划 shares only 一体化 with 加快建设智慧健康一体化项目.
    [97, '概念规划'],
    // 农村集体资产交易管理服务平台上线应用: a platform went live; the task strives to be a pilot.
    [75, '服务平台上线'],
    // 成立…跨境劳动关系示范服务中心 shares only 服务中心 with 加快建设海珠文化服务中心.
    [85, '示范服务中心'],
    // 加快打造科技成果转化基地: a base, where the task is a fund (基金).
    [57, '科技成果转化基地'],
  ] as const)('task 2024-%i is not given a status from the sentence with “%s”', (seq, words) => {
    const { evidence, suggestion } = of(seq);
    expect(report.includes(words)).toBe(true);
    for (const sentence of evidence.sentences.filter((s) => s.quote.includes(words))) {
      expect(sentence.signal).toBe('none');
      // Quoted, at most, as what the review says of the task without a verb for it.
      if (suggestion.evidence.some((e) => e.quote === sentence.quote)) expect(suggestion.basis).toBe('none');
    }
    expect(suggestion.status).not.toBe('completed');
  });

  it.each([
    // 环岛路 appears only in the plan part (完成环岛路沥滘涌桥…竣工验收): a plan, not evidence.
    [17, '环岛路'],
    // 孙逸仙纪念医院 appears only in the plan part (推动加快中山大学孙逸仙纪念医院…建设).
    [96, '孙逸仙纪念医院'],
  ] as const)('task 2024-%i has no evidence: %s is only planned for 2025', (seq, words) => {
    const { evidence, suggestion } = of(seq);
    expect(report.includes(words)).toBe(true);
    expect(evidence.sentences.every((s) => !s.quote.includes(words))).toBe(true);
    expect(suggestion.status).toBe('unknown');
    expect(suggestion.confidence).toBe(0);
  });

  it('reads the verb of the clause that names the task, not of the whole sentence', () => {
    const tasksHere: Task[] = [
      { ...of(54).task, id: 'x1', seq: 1, text: '推动唯品会国际创新中心建设' },
      { ...of(54).task, id: 'x2', seq: 2, text: '推动奇安信大厦建设' },
    ];
    const sentence =
      '一、2024年工作回顾\n趣丸科技总部大厦、唯品会国际创新中心等10个重点项目动工建设,海灏国际大厦、奇安信大厦等7个项目封顶。\n二、2025年工作安排\n加快奇安信大厦建设。';
    const found = findEvidence(tasksHere, sentence, { reportId: 'r' });
    expect(found.tasks[0]?.sentences[0]?.signal).toBe('progress');
    expect(found.tasks[1]?.sentences[0]?.signal).toBe('completion');
    expect(found.tasks[1]?.sentences[0]?.completionVerbs).toEqual(['封顶']);
    expect(found.tasks[1]?.sentences).toHaveLength(1);
  });

  it('does not read a negated verb as a signal', () => {
    const task: Task = { ...of(54).task, id: 'y', seq: 1, text: '建成海珠文化服务中心' };
    const found = findEvidence([task], '一、2024年工作回顾\n海珠文化服务中心尚未完成。', { reportId: 'r' });
    expect(found.tasks[0]?.sentences[0]?.signal).toBe('none');
  });

  it('requires a report id', () => {
    expect(() => findEvidence(tasks, report, { reportId: '' })).toThrow(/reportId is required/);
  });
});
