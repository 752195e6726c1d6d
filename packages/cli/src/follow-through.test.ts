import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset, type Dataset, type Evidence, type SuggestedStatus } from '@luoshi/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLuoshi } from './index.js';

const sources = fileURLToPath(new URL('../../fixtures/sources/', import.meta.url));
const planReport = join(sources, 'haizhu-2025-plan-report.txt');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-follow-'));
const file = (name: string) => join(dir, name);
const luoshi = (...argv: string[]) => runLuoshi(argv);
const en = (...argv: string[]) => runLuoshi(argv, { locale: 'en' });
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Dataset;
/** The id `luoshi parse` gave the 2025 plan report. */
const planId = () => read(file('plan.json')).reports[0]!.id;

/** Parses a source document as the user would, and saves the fragment. */
async function parsed(name: string, source: string, ...options: string[]) {
  const { code, stdout, stderr } = await luoshi('parse', join(sources, source), ...options);
  if (code !== 0) throw new Error(`luoshi parse ${source} exited ${code}: ${stderr}`);
  writeFileSync(file(name), stdout);
  return file(name);
}

interface Row {
  taskId: string;
  seq: number;
  text: string;
  recorded: { status: string } | null;
  suggestions: SuggestedStatus[];
  evidence: Evidence[];
}

beforeAll(async () => {
  await parsed('2024.json', 'haizhu-2024-task-division.txt', '--jurisdiction', '海珠区');
  await parsed('2025.json', 'haizhu-2025-task-division.txt', '--jurisdiction', '海珠区');
  await parsed('plan.json', 'haizhu-2025-plan-report.txt', '--jurisdiction', '海珠区');
  const merged = await luoshi('merge', file('2024.json'), file('2025.json'), file('plan.json'));
  expect(merged.code).toBe(0);
  writeFileSync(file('merged.json'), merged.stdout);
}, 120_000);

describe('luoshi lineage', () => {
  it('matches the 2025 task naming 环岛路沙渡路—南洲路段 to the 2024 one at rank 1', async () => {
    const { code, stdout, stderr } = await luoshi(
      'lineage',
      file('2024.json'),
      file('2025.json'),
      '--format',
      'json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      olderReportId: string;
      newer: {
        taskId: string;
        kind: string;
        predecessors: { taskId: string; rank: number; aboveThreshold: boolean; sharedTerms: string[] }[];
      }[];
      older: { taskId: string; kind: string }[];
    };
    const byText = (d: Dataset, words: string) => d.tasks.filter((t) => t.text.includes(words));
    const [newer] = byText(read(file('2025.json')), '环岛路沙渡路');
    const [older] = byText(read(file('2024.json')), '环岛路沙渡路');
    expect(newer && older).toBeTruthy();
    const lineage = result.newer.find((t) => t.taskId === newer!.id);
    expect(lineage?.predecessors[0]).toMatchObject({ taskId: older!.id, rank: 1, aboveThreshold: true });
    expect(lineage?.predecessors[0]?.sharedTerms.join('')).toContain('环岛路沙渡路');
    expect(lineage?.kind).not.toBe('new');
    expect(result.older.find((t) => t.taskId === older!.id)?.kind).toBe('carried-over');
    expect(result.newer).toHaveLength(90);
    expect(result.older).toHaveLength(110);
  });

  it('prints each newer task with its kind and best predecessor, and the older tasks not repeated', async () => {
    const { code, stdout } = await luoshi('lineage', file('merged.json'), file('merged.json'));
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^海珠区-2025-task-division（海珠区，2025年，90 项任务） ← 海珠区-2024-task-division/,
    );
    const row = stdout.split('\n').find((line) => line.includes('打通环岛路堵点'));
    expect(row).toMatch(/│ 55 +│/);
    expect(row).toMatch(/#17 力争拉通环岛路沙渡路—南洲路段/);
    expect(stdout).toContain('上年未再列出的任务');
    const english = await en('lineage', file('merged.json'), file('merged.json'));
    expect(english.stdout).toContain('Older tasks not repeated');
    expect(english.stdout).toMatch(/\d+ continued, \d+ expanded, \d+ new/);
  });

  it('--out writes the newer dataset with taskLinks that resolve, merging the older tasks in', async () => {
    const out = file('linked.json');
    const { code } = await luoshi('lineage', file('2024.json'), file('2025.json'), '--out', out);
    expect(code).toBe(0);
    const result = parseDataset(read(out));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.dataset;
    expect(d.tasks).toHaveLength(200);
    const t55 = d.tasks.find((t) => t.text.startsWith('打通环岛路堵点'))!;
    const t17 = d.tasks.find((t) => t.text === '力争拉通环岛路沙渡路—南洲路段')!;
    expect(d.taskLinks?.find((l) => l.newerTaskId === t55.id && l.rank === 1)).toMatchObject({
      olderTaskId: t17.id,
      olderKind: 'carried-over',
    });
    // The links are suggestions: what a person records stays untouched.
    expect(d.tasks.every((t) => t.previousTaskIds.length === 0)).toBe(true);
  });

  it('--out on one merged dataset replaces the links it made before rather than adding them twice', async () => {
    const once = file('once.json');
    const twice = file('twice.json');
    expect((await luoshi('lineage', file('merged.json'), file('merged.json'), '--out', once)).code).toBe(0);
    expect((await luoshi('lineage', once, once, '--out', twice, '--threshold', '0.2')).code).toBe(0);
    const [a, b] = [read(once), read(twice)];
    expect(b.taskLinks).toHaveLength(a.taskLinks!.length);
    expect(b.taskLinks!.filter((l) => l.aboveThreshold).length).toBeLessThan(
      a.taskLinks!.filter((l) => l.aboveThreshold).length,
    );
  });

  it('asks which lists to compare when a dataset holds several pairs, and says what it holds', async () => {
    await parsed(
      'other-2024.json',
      'haizhu-2024-task-division.txt',
      '--jurisdiction',
      '越秀区',
      '--jurisdiction-id',
      'yuexiu',
    );
    await parsed(
      'other-2025.json',
      'haizhu-2025-task-division.txt',
      '--jurisdiction',
      '越秀区',
      '--jurisdiction-id',
      'yuexiu',
    );
    const merged = await luoshi(
      'merge',
      file('merged.json'),
      file('other-2024.json'),
      file('other-2025.json'),
    );
    writeFileSync(file('two-places.json'), merged.stdout);
    const ambiguous = await luoshi('lineage', file('two-places.json'), file('two-places.json'));
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('--jurisdiction');
    expect(ambiguous.stderr).toContain('yuexiu-2024-task-division（越秀区，2024年，110 项任务）');
    const picked = await luoshi(
      'lineage',
      file('two-places.json'),
      file('two-places.json'),
      '--jurisdiction',
      '越秀区',
      '--format',
      'json',
    );
    expect(picked.code).toBe(0);
    expect(JSON.parse(picked.stdout).olderReportId).toBe('yuexiu-2024-task-division');
  });

  it('gives clear errors and exit codes for bad input', async () => {
    const merged = file('merged.json');
    const unknown = await luoshi('lineage', merged, merged, '--jurisdiction', '朝阳区');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有行政区 "朝阳区"（已有：海珠区）');
    const noYear = await en('lineage', merged, merged, '--older-year', '2023');
    expect(noYear.code).toBe(1);
    expect(noYear.stderr).toMatch(/merged\.json: error: no older task list matches \(2023\)/);
    expect(noYear.stderr).toContain('海珠区-2024-task-division (海珠区, 2024, 110 tasks)');
    const backwards = await en('lineage', merged, merged, '--older-year', '2025', '--newer-year', '2024');
    expect(backwards.code).toBe(1);
    expect(backwards.stderr).toContain('no pair of task lists to compare');
    expect((await luoshi('lineage', merged)).code).toBe(2);
    expect((await luoshi('lineage', merged, merged, '--threshold', '2')).code).toBe(2);
    expect((await luoshi('lineage', merged, merged, '--format', 'csv')).code).toBe(2);
    const missing = await luoshi('lineage', file('nope.json'), merged);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: error: .*no such file/);
  });
});

describe('luoshi evidence', () => {
  const report = readFileSync(planReport, 'utf8');
  // The plan report's second part plans 2025: never evidence of what 2024 did.
  const planPartLine =
    report.split('\n').findIndex((l) => l.includes('二、2025年经济社会发展计划安排建议')) + 1;
  let rows: Row[];

  beforeAll(async () => {
    const { code, stdout, stderr } = await luoshi(
      'evidence',
      file('merged.json'),
      '--year',
      '2024',
      '--report',
      planReport,
      '--format',
      'json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { reportIds: string[]; taskListId: string; tasks: Row[] };
    // The dataset's record of the report read from that file.
    expect(json.reportIds).toEqual([planId()]);
    expect(json.taskListId).toBe('海珠区-2024-task-division');
    rows = json.tasks;
  }, 60_000);

  it('quotes the report word for word, at its offset and line, from the review of 2024 only', () => {
    expect(planPartLine).toBeGreaterThan(1);
    const quotes = rows.flatMap((r) => r.evidence);
    expect(quotes.length).toBeGreaterThan(20);
    for (const e of quotes) {
      expect(report.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
      expect(report.slice(0, e.offset).split('\n').length).toBe(e.line);
      expect(e.line).toBeLessThan(planPartLine);
    }
    for (const r of rows) for (const s of r.suggestions) expect(s.evidence.length <= 1).toBe(true);
  });

  // Each row was checked by reading the 2025 plan report's review of 2024: the sentence speaks of the
  // task, and the status follows from what it says.
  it.each([
    // 2024-10 高品质运营广州塔南广场 — 全力打造广州塔—琶洲世界级地标商圈,广州塔广场开业运营
    [10, '广州塔广场开业运营', 'completed', 'completion'],
    // 2024-21 一区多点布局智算中心 — “琶洲算谷”系列智算中心正式运营,可调度算力超5000P。
    [21, '智算中心正式运营', 'completed', 'completion'],
    // 2024-22 发布数据经纪人能力成熟度评估标准 — 发布《数据经纪人能力成熟度评估模型》团体标准
    [22, '发布《数据经纪人能力成熟度评估模型》', 'completed', 'completion'],
    // 2024-20 持续提升琶洲算法大赛国际化… — 第三届琶洲算法大赛圆满收官: done this year, but the task never ends.
    [20, '第三届琶洲算法大赛圆满收官', 'ongoing', 'completion'],
  ])('2024 task %i: “%s” suggests %s', (seq, words, status, signal) => {
    const row = rows.find((r) => r.seq === seq)!;
    const quote = row.evidence.find((e) => e.quote.includes(words));
    expect(quote?.signal).toBe(signal);
    expect(row.suggestions).toHaveLength(1);
    expect(row.suggestions[0]).toMatchObject({ status, asOf: '2024', reportId: planId() });
    expect(row.suggestions[0]!.confidence).toBeGreaterThan(0.3);
    expect(row.suggestions[0]!.evidence[0]?.quote).toContain(words);
  });

  it('prints a table of statuses and quotes, in Chinese or English', async () => {
    const zh = await luoshi('evidence', file('merged.json'), '--year', '2024', '--report', planReport);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/110 项任务中 \d+ 项有证据；建议状态：已完成 \d+/);
    expect(zh.stdout).toContain('广州塔广场开业运营');
    expect(zh.stdout).toContain('完成（开业运营）');
    const english = await en('evidence', file('merged.json'), '--year', '2024', '--report', planReport);
    expect(english.stdout).toMatch(/\d+ of 110 tasks have evidence; suggested statuses: completed \d+/);
    expect(english.stdout).toContain('(suggested)');
  });

  it('--out adds evidence and suggestions, which a later run lists without the report', async () => {
    const out = file('evidence.json');
    const run = await luoshi(
      'evidence',
      file('merged.json'),
      '--year',
      '2024',
      '--report',
      planReport,
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    const result = parseDataset(read(out));
    expect(result.ok).toBe(true);
    const stored = await luoshi('evidence', out, '--year', '2024', '--format', 'json');
    expect(stored.code).toBe(0);
    expect((JSON.parse(stored.stdout) as { tasks: Row[] }).tasks).toEqual(rows);
    // Reading the same report again replaces what it gave before.
    const again = file('evidence-again.json');
    expect(
      (await luoshi('evidence', out, '--year', '2024', '--report', planReport, '--out', again)).code,
    ).toBe(0);
    expect(read(again).evidence).toEqual(read(out).evidence);
    expect(read(again).statusSuggestions).toEqual(read(out).statusSuggestions);
  });

  it('never overrides a status a person recorded', async () => {
    const d = read(file('merged.json'));
    const t10 = d.tasks.find((t) => t.reportId === '海珠区-2024-task-division' && t.seq === 10)!;
    t10.statusHistory = [{ status: 'at-risk', asOf: '2024-12-31', note: '人工核实' }];
    writeFileSync(file('recorded.json'), JSON.stringify(d));
    const json = await luoshi(
      'evidence',
      file('recorded.json'),
      '--year',
      '2024',
      '--report',
      planReport,
      '--format',
      'json',
      '--out',
      file('recorded-out.json'),
    );
    const row = (JSON.parse(json.stdout) as { tasks: Row[] }).tasks.find((r) => r.seq === 10)!;
    expect(row.recorded?.status).toBe('at-risk');
    expect(row.suggestions).toEqual([]);
    expect(row.evidence.some((e) => e.quote.includes('广州塔广场开业运营'))).toBe(true);
    const out = read(file('recorded-out.json'));
    expect(out.tasks.find((t) => t.id === t10.id)?.statusHistory).toEqual(t10.statusHistory);
    expect(out.statusSuggestions?.some((s) => s.taskId === t10.id)).toBe(false);
    const table = await luoshi('evidence', file('recorded.json'), '--year', '2024', '--report', planReport);
    expect(table.stdout).toMatch(/│ 10 +│ 高品质运营广州塔南广场 +│ 滞后 +│/);
  });

  it('gives clear errors and exit codes for bad input', async () => {
    const merged = file('merged.json');
    const noYear = await luoshi('evidence', merged, '--report', planReport);
    expect(noYear.code).toBe(2);
    expect(noYear.stderr).toContain('需要 --year');
    const badYear = await en('evidence', merged, '--year', 'last');
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain('--year takes a four-digit year, not "last"');
    const empty = await en('evidence', merged, '--year', '2030');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(
      /merged\.json: error: no task list for 2030\. The task lists in the dataset:/,
    );
    expect(empty.stderr).toContain('海珠区-2025-task-division (海珠区, 2025, 90 tasks)');
    const place = await luoshi('evidence', merged, '--year', '2024', '--jurisdiction', '越秀区');
    expect(place.code).toBe(2);
    expect(place.stderr).toContain('没有行政区 "越秀区"');
    const missing = await luoshi('evidence', merged, '--year', '2024', '--report', file('nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: error: 找不到文件 \(no such file\)/);
    const none = await en('evidence', merged, '--year', '2024');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/carries no evidence or suggested status for .*: pass --report/);
    expect((await luoshi('evidence', merged, '--year', '2024', '--out', file('x.json'))).code).toBe(2);
    const unknownReport = await en(
      'evidence',
      merged,
      '--year',
      '2024',
      '--report',
      planReport,
      '--report-id',
      'elsewhere',
      '--out',
      file('x.json'),
    );
    expect(unknownReport.code).toBe(1);
    expect(unknownReport.stderr).toMatch(/the dataset has no report "elsewhere": luoshi parse the report/);
  });
});

describe('--help', () => {
  it('explains lineage and evidence in Chinese by default and in English on request', async () => {
    for (const command of ['lineage', 'evidence']) {
      const zh = await luoshi(command, '--help');
      expect(zh.code).toBe(0);
      expect(zh.stdout).toMatch(new RegExp(`^用法: luoshi ${command} `));
      const english = await luoshi(command, '--help', '--lang', 'en');
      expect(english.stdout).toMatch(new RegExp(`^Usage: luoshi ${command} `));
      expect(english.stdout).not.toMatch(/[\u4e00-\u9fff]{6}/);
    }
    const list = await luoshi('--help');
    expect(list.stdout).toMatch(/lineage +把今年的任务与上年的任务对应起来/);
    expect(list.stdout).toMatch(/evidence +从后一年的报告中找出/);
  });
});
