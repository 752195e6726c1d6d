import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { mergeDatasets } from '../merge/merge.js';
import { sampleDataset } from './__fixtures__/sample.dataset.js';
import { assertDataset, parseDataset } from './dataset.parse.js';
import { formatPath } from './dataset.problem.js';
import { readDatasetShape } from './dataset.shape.js';

const QUOTE = '完成环岛路沥滘涌桥、新渔村涌桥主体工程';

/**
 * The sample Dataset with a 2024 task list, and what luoshi suggests about it: 2025 task 55 continues
 * 2024 task 17, the 2025 plan report speaks of task 17, and a status is suggested from that.
 */
function withSuggestions(): Record<string, any> {
  const d = sampleDataset();
  d.reports!.push({
    id: 'haizhu-2024-tasks',
    jurisdictionId: 'haizhu',
    kind: 'task-division',
    title: '2024年区政府工作报告部署任务责任分工',
    planYear: 2024,
  });
  d.tasks!.push(
    {
      id: 'haizhu-2024-tasks-t17',
      reportId: 'haizhu-2024-tasks',
      seq: 17,
      text: '力争拉通环岛路沙渡路—南洲路段',
      leadUnitIds: ['haizhu-u-fgj'],
    },
    {
      id: 'haizhu-2025-tasks-t55',
      reportId: 'haizhu-2025-tasks',
      seq: 55,
      text: '打通环岛路堵点,推进环岛路沙渡路——南洲路段建设。',
      leadUnitIds: ['haizhu-u-fgj'],
    },
  );
  return {
    ...d,
    taskLinks: [
      {
        newerTaskId: 'haizhu-2025-tasks-t55',
        olderTaskId: 'haizhu-2024-tasks-t17',
        rank: 1,
        score: 0.62,
        aboveThreshold: true,
        sharedTerms: ['环岛路沙渡路—南洲路段'],
        newerKind: 'continued',
        olderKind: 'carried-over',
      },
    ],
    evidence: [
      {
        taskId: 'haizhu-2024-tasks-t17',
        reportId: 'haizhu-2025-plan',
        rank: 1,
        quote: QUOTE,
        offset: 5120,
        line: 40,
        score: 0.41,
        signal: 'completion',
        completionVerbs: ['完成'],
      },
    ],
    statusSuggestions: [
      {
        taskId: 'haizhu-2024-tasks-t17',
        reportId: 'haizhu-2025-plan',
        asOf: '2024',
        status: 'completed',
        confidence: 0.65,
        basis: 'completion',
        evidence: [{ reportId: 'haizhu-2025-plan', quote: QUOTE, offset: 5120, line: 40 }],
        explanation: {
          zh: '回顾中含完成类动词（完成），建议：已完成',
          en: 'a completion verb (完成), so: completed',
        },
      },
    ],
  };
}

function problemsOf(input: unknown) {
  const result = parseDataset(input);
  if (result.ok) return [];
  return result.problems.map((p) => ({ path: formatPath(p.path), zh: p.message.zh, en: p.message.en }));
}

describe('taskLinks, evidence and statusSuggestions (schema version 2)', () => {
  it('survive JSON with defaults filled in, apart from the recorded status', () => {
    const first = parseDataset(withSuggestions());
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect(first.dataset.evidence?.[0]).toMatchObject({ progressVerbs: [], sharedTerms: [] });
    expect(first.dataset.tasks.find((t) => t.id === 'haizhu-2024-tasks-t17')?.statusHistory).toEqual([]);
    const again = parseDataset(JSON.parse(JSON.stringify(first.dataset)));
    expect(again.ok && again.dataset).toStrictEqual(first.dataset);
  });

  it('are valid against the committed JSON Schema, which rejects a bad kind or a score above 1', () => {
    const file = fileURLToPath(new URL('../../schema/dataset.schema.json', import.meta.url));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
    expect(validate(withSuggestions()), JSON.stringify(validate.errors)).toBe(true);
    const bad = withSuggestions();
    bad.taskLinks[0].newerKind = 'renewed';
    bad.evidence[0].score = 1.5;
    bad.statusSuggestions[0].basis = 'recorded';
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual([
      '/evidence/0/score',
      '/statusSuggestions/0/basis',
      '/taskLinks/0/newerKind',
    ]);
  });

  it('report unknown tasks and reports at their JSON paths, in Chinese and English', () => {
    const d = withSuggestions();
    d.taskLinks[0].olderTaskId = 'haizhu-2024-tasks-t99';
    d.evidence[0].taskId = 'haizhu-2023-tasks-t1';
    d.evidence[0].reportId = 'haizhu-2026-plan';
    d.statusSuggestions[0].reportId = 'haizhu-2026-plan';
    d.statusSuggestions[0].evidence[0].reportId = 'nowhere';
    const problems = problemsOf(d);
    expect(problems.map((p) => p.path).sort()).toEqual([
      'evidence[0].reportId',
      'evidence[0].taskId',
      'statusSuggestions[0].evidence[0].reportId',
      'statusSuggestions[0].reportId',
      'taskLinks[0].olderTaskId',
    ]);
    const link = problems.find((p) => p.path === 'taskLinks[0].olderTaskId');
    expect(link?.zh).toMatch(/^未知任务 "haizhu-2024-tasks-t99"（已有：.*"haizhu-2024-tasks-t17"/);
    expect(link?.en).toMatch(/^unknown task "haizhu-2024-tasks-t99" \(known: /);
    expect(problems.find((p) => p.path === 'evidence[0].reportId')?.en).toMatch(
      /^unknown report "haizhu-2026-plan"/,
    );
  });

  it('report a task linked to itself and the same suggestion twice', () => {
    const d = withSuggestions();
    d.taskLinks.push({ ...d.taskLinks[0], rank: 2 });
    d.taskLinks.push({ ...d.taskLinks[0], olderTaskId: 'haizhu-2025-tasks-t55' });
    d.evidence.push({ ...d.evidence[0], rank: 2 });
    d.statusSuggestions.push({ ...d.statusSuggestions[0], status: 'on-track' });
    const problems = problemsOf(d);
    expect(problems.map((p) => p.path)).toEqual([
      'taskLinks[1]',
      'taskLinks[2].olderTaskId',
      'evidence[1]',
      'statusSuggestions[1]',
    ]);
    expect(problems[0]?.en).toBe(
      'duplicate task link "haizhu-2025-tasks-t55" → "haizhu-2024-tasks-t17" (also at taskLinks[0])',
    );
    expect(problems[1]?.zh).toBe('任务 "haizhu-2025-tasks-t55" 不能是自己的前身');
  });

  it('are read by the zod-free page check like parseDataset reads them, and checked there too', () => {
    const full = parseDataset(withSuggestions());
    const quick = readDatasetShape(withSuggestions());
    expect(full.ok && quick.ok).toBe(true);
    if (full.ok && quick.ok) expect(quick.dataset).toEqual(JSON.parse(JSON.stringify(full.dataset)));
    const bad = withSuggestions();
    bad.taskLinks[0].rank = 0;
    bad.evidence[0].signal = 'done';
    bad.statusSuggestions[0].explanation = '已完成';
    bad.statusSuggestions[0].taskId = 'haizhu-2024-tasks-t18';
    const checked = readDatasetShape(bad);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems.map((p) => formatPath(p.path)).sort()).toEqual([
        'evidence[0].signal',
        'statusSuggestions[0].explanation',
        'statusSuggestions[0].taskId',
        'taskLinks[0].rank',
      ]);
  });

  it('are carried through a merge, their references rewritten, the same suggestion kept once', () => {
    const a = assertDataset(withSuggestions());
    // The 2024 list parsed again under another report id: its tasks and their suggestions are new.
    const renamed = JSON.parse(
      JSON.stringify(withSuggestions()).replaceAll('haizhu-2024-tasks', 'hz24-tasks'),
    ) as Record<string, any>;
    const b = assertDataset(renamed);
    const { dataset, notes } = mergeDatasets([a, a, b]);
    expect(parseDataset(dataset).ok).toBe(true);
    expect(dataset.taskLinks?.map((l) => l.olderTaskId)).toEqual(['haizhu-2024-tasks-t17', 'hz24-tasks-t17']);
    expect(dataset.evidence).toHaveLength(2);
    expect(dataset.statusSuggestions).toHaveLength(2);
    expect(notes.filter((n) => n.collection === 'taskLinks')).toEqual([]);

    const other = assertDataset({
      ...withSuggestions(),
      taskLinks: [{ ...withSuggestions().taskLinks[0], score: 0.3 }],
    });
    const clash = mergeDatasets([a, other]);
    expect(clash.dataset.taskLinks).toEqual(a.taskLinks);
    expect(clash.notes.map((n) => [n.collection, n.input, n.action])).toEqual([['taskLinks', 1, 'folded']]);
    expect(mergeDatasets([assertDataset(sampleDataset())]).dataset).not.toHaveProperty('taskLinks');
  });
});
