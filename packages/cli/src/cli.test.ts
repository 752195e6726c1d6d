import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '@luoshi/core';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { main, runLuoshi, type Io } from './index.js';

const sources = fileURLToPath(new URL('../../fixtures/sources/', import.meta.url));
const dataset = fileURLToPath(new URL('../../fixtures/data/guangzhou.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'luoshi-cli-'));

const luoshi = (...argv: string[]) => runLuoshi(argv);

describe('luoshi parse', () => {
  it.each([
    ['haizhu-2024-task-division.txt', 'task-division', 110],
    ['haizhu-2025-task-division.txt', 'task-division', 90],
  ])('reads %s as a %s of %i tasks, recognising it by itself', async (file, kind, tasks) => {
    const { code, stdout } = await luoshi('parse', join(sources, file), '--jurisdiction', '海珠区');
    expect(code).toBe(0);
    const result = parseDataset(JSON.parse(stdout));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.reports[0]?.kind).toBe(kind);
    expect(result.dataset.tasks).toHaveLength(tasks);
  });

  it.each([
    ['haizhu-2025-plan-report.txt', 'plan-report', '海珠区'],
    ['haizhu-2024-work-report.txt', 'work-report', '海珠区'],
    ['yuexiu-2024-work-report.txt', 'work-report', '越秀区'],
  ])('recognises %s as a %s of %s from its text alone', async (file, kind, place) => {
    const { code, stdout } = await luoshi('parse', join(sources, file));
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.reports[0].kind).toBe(kind);
    expect(parsed.jurisdictions[0].name).toBe(place);
    expect(parsed.observations.length + parsed.targets.length).toBeGreaterThan(3);
  });

  it('reads a GB18030 file with CRLF line ends like the UTF-8 original', async () => {
    const original = await luoshi(
      'parse',
      join(sources, 'haizhu-2025-task-division.txt'),
      '--jurisdiction',
      '海珠区',
    );
    const { readFileSync } = await import('node:fs');
    const gb = join(dir, 'gb18030.txt');
    writeFileSync(
      gb,
      iconv.encode(
        readFileSync(join(sources, 'haizhu-2025-task-division.txt'), 'utf8').replace(/\n/g, '\r\n'),
        'gb18030',
      ),
    );
    const converted = await luoshi(
      'parse',
      gb,
      '--jurisdiction',
      '海珠区',
      '--report-id',
      'haizhu-2025-task-division',
    );
    const strip = (json: string) =>
      JSON.parse(json).tasks.map((t: { text: string; leadUnitIds: string[] }) => [t.text, t.leadUnitIds]);
    expect(converted.code).toBe(0);
    expect(strip(converted.stdout)).toEqual(
      strip(original.stdout).map(([text, units]: [string, string[]]) => [text, units]),
    );
  });

  it('prints diagnostics as file:line: severity: message', async () => {
    const file = join(dir, 'gap.txt');
    writeFileSync(
      file,
      '序号\t重点任务\t牵头单位\n1\t建设花市博物馆\t区住建局\n3\t高品质运营广州塔南广场\t区科工商信局\n',
    );
    const { code, stderr } = await luoshi('parse', file, '--jurisdiction', '海珠区', '--year', '2024');
    expect(code).toBe(0);
    expect(stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: (warning|error): .+`, 'm'),
    );
  });

  it('reads a list whose title names no place into an unnamed jurisdiction, with a warning', async () => {
    const file = join(dir, 'unnamed.txt');
    writeFileSync(
      file,
      [
        '区人民政府办公室关于印发2026年重点工作任务分工的通知',
        '各街道办事处，区政府各部门：',
        '现将分工印发给你们，请认真贯彻执行。',
        '2026年1月20日',
        '序号\t重点任务\t责任领导\t牵头单位\t完成时限',
        '1\t建成口袋公园8个\t陈某\t区城管局\t10月底前',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await luoshi('parse', file, '--lang', 'en');
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: the title names no jurisdiction: .*"unnamed".*--jurisdiction/);
    const parsed = parseDataset(JSON.parse(stdout));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    expect(parsed.dataset.jurisdictions).toEqual([{ id: 'unnamed', name: '未命名行政区', level: 'other' }]);
    expect(parsed.dataset.reports[0]).toMatchObject({ id: 'unnamed-2026-task-division', planYear: 2026 });
    expect(parsed.dataset.tasks[0]).toMatchObject({ responsibleLeader: '陈某', deadline: '10月底前' });
    // Named on the command line, the same file goes where it is told.
    const named = await luoshi('parse', file, '--jurisdiction', '某某区');
    expect(named.stderr).not.toContain('未命名');
    expect(JSON.parse(named.stdout).jurisdictions[0]).toMatchObject({ id: '某某区', name: '某某区' });
  });

  it('reads a real list of another district: its place, its tasks and the targets its first rows set', async () => {
    const file = fileURLToPath(
      new URL('../../fixtures/corpus/task-division/lishan-2023-task-division.txt', import.meta.url),
    );
    const { code, stdout, stderr } = await luoshi('parse', file);
    expect(code).toBe(0);
    // The copy stops inside row 7: reported, not read.
    expect(stderr).toMatch(/:61: error: .*第 7 项/);
    const parsed = parseDataset(JSON.parse(stdout));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    const d = parsed.dataset;
    expect(d.jurisdictions[0]).toMatchObject({ id: '立山区', level: 'district' });
    expect(d.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    const gdp = d.targets.find((t) => t.indicatorId === 'gdp');
    expect(gdp).toMatchObject({ period: '2023', measure: 'growth', value: 6.2, comparator: 'approx' });
    expect(d.tasks[0]?.targetIds).toContain(gdp?.id);
  });

  it('exits 1 with a reason when nothing can be read, and 2 on a usage error', async () => {
    const prose = join(dir, 'poem.txt');
    writeFileSync(prose, '床前明月光\n疑是地上霜\n');
    const unreadable = await luoshi('parse', prose, '--jurisdiction', '海珠区', '--kind', 'task-division');
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain('error');
    expect((await luoshi('parse', prose, '--kind', 'speech')).code).toBe(2);
    expect((await luoshi('parse')).code).toBe(2);
    expect((await luoshi('parse', prose, '--year', 'next')).code).toBe(2);
    expect((await luoshi('parse', prose, '--bogus')).code).toBe(2);
    expect((await luoshi('frobnicate')).code).toBe(2);
    const missing = await luoshi('parse', join(dir, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: error: .*no such file/);
  });
});

describe('progress on long runs', () => {
  it('tells a person at a terminal how a large file is going, and keeps pipes clean', async () => {
    const file = join(dir, 'large.txt');
    const rows = Array.from(
      { length: 110_000 },
      (_, i) => `${i + 1}\t推进第${i + 1}个重点项目建设\t区住建局`,
    );
    writeFileSync(file, ['序号\t重点任务\t牵头单位', ...rows].join('\n') + '\n');
    let stderr = '';
    const io: Io = {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      isTTY: false,
      stderrIsTTY: true,
      locale: 'en',
    };
    expect(await main(['parse', file, '--jurisdiction', '海珠区', '--year', '2025'], io)).toBe(0);
    expect(stderr).toMatch(/^parsing .*large\.txt \(\d+\.\d MB\)… done in \d+\.\d s$/m);
    const piped = await luoshi('parse', file, '--jurisdiction', '海珠区', '--year', '2025');
    expect(piped.stderr).not.toMatch(/parsing|正在解析/);
  }, 120_000);
});

describe('luoshi check / merge / compare', () => {
  it('check reports every problem with its path and exits 1', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        tasks: [{ id: 't', reportId: 'r', seq: 0, text: 'x', leadUnitIds: ['u'] }],
      }),
    );
    const { code, stderr } = await luoshi('check', file);
    expect(code).toBe(1);
    expect(stderr).toContain('tasks[0].seq');
    expect(stderr).toContain('tasks[0].reportId');
    expect(stderr).toContain('tasks[0].leadUnitIds[0]');
    expect((await luoshi('check', dataset)).code).toBe(0);
  });

  it('merge folds the same body named in two task lists into one unit', async () => {
    const a = await luoshi(
      'parse',
      join(sources, 'haizhu-2024-task-division.txt'),
      '--jurisdiction',
      '海珠区',
    );
    const b = await luoshi(
      'parse',
      join(sources, 'haizhu-2025-task-division.txt'),
      '--jurisdiction',
      '海珠区',
    );
    writeFileSync(join(dir, 'a.json'), a.stdout);
    writeFileSync(join(dir, 'b.json'), b.stdout);
    const merged = await luoshi('merge', join(dir, 'a.json'), join(dir, 'b.json'));
    expect(merged.code).toBe(0);
    const d = JSON.parse(merged.stdout);
    expect(d.tasks).toHaveLength(200);
    const names = d.units.map((u: { name: string }) => u.name);
    expect(names.filter((n: string) => n === '区住建局')).toHaveLength(1);
    expect(new Set(names).size).toBe(names.length);
    expect(parseDataset(d).ok).toBe(true);
  });

  it('compare prints targets against actuals, as a table or as JSON', async () => {
    const json = await luoshi(
      'compare',
      dataset,
      '--jurisdiction',
      '海珠区',
      '--period',
      '2025',
      '--format',
      'json',
    );
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as {
      indicatorId: string;
      indicator: string;
      measure: string;
      target: number;
      status: string;
      ambition: { flag: string } | null;
    }[];
    const gdp = rows.find((r) => r.indicatorId === 'gdp' && r.measure === 'growth');
    expect(gdp).toMatchObject({ target: 5.5, status: 'pending', ambition: { flag: 'above-last-actual' } });
    const jobs = rows.find((r) => r.indicator === '城镇新增就业');
    expect(jobs?.ambition?.flag).toBe('below-last-actual');
    const table = await luoshi('compare', dataset, '--jurisdiction', '海珠区', '--period', '2025');
    expect(table.stdout).toContain('地区生产总值');
    expect(table.stdout).toContain('增长5.5%');
    expect(table.stdout.includes(String.fromCharCode(27))).toBe(false); // no colour escapes when not a terminal
    expect((await luoshi('compare', dataset, '--jurisdiction', '朝阳区')).code).toBe(2);
  });

  it('has --help on every command, in Chinese by default and in English on request', async () => {
    for (const command of ['parse', 'merge', 'check', 'compare']) {
      const zh = await luoshi(command, '--help');
      expect(zh.code).toBe(0);
      expect(zh.stdout).toMatch(/用法: luoshi/);
      const en = await luoshi(command, '--help', '--lang', 'en');
      expect(en.stdout).toMatch(/Usage: luoshi/);
      expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]{6}/);
    }
  });
});

describe('luoshi render', () => {
  it('draws a bullet chart of the Guangzhou dataset as SVG, with its labels and description', async () => {
    const out = join(dir, 'bullet.svg');
    const { code, stderr } = await luoshi(
      'render',
      dataset,
      '--view',
      'bullet',
      '--out',
      out,
      '--jurisdiction',
      '海珠区',
      '--period',
      '2025',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('地区生产总值');
    expect(svg).toMatch(/aria-label="[^"]+"/);
    const en = await luoshi(
      'render',
      dataset,
      '--view',
      'bullet',
      '--out',
      '-',
      '--locale',
      'en',
      '--theme',
      'dark',
    );
    expect(en.stdout).toContain('GDP');
  });

  it('refuses an unknown view or a missing --out as usage errors', async () => {
    expect((await luoshi('render', dataset, '--view', 'pie', '--out', '-')).code).toBe(2);
    expect((await luoshi('render', dataset, '--view', 'bullet')).code).toBe(2);
    expect((await luoshi('render', dataset, '--view', 'bullet', '--out', '-', '--width', 'wide')).code).toBe(
      2,
    );
  });
});
