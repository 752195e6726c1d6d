import { describe, expect, it } from 'vitest';
import { parseTaskDivision } from '../task-division/task-division.parse.js';
import { matchPriorActuals } from './report-prose.prior.js';
import { readSeed } from './report-prose.seed-files.js';
import { extractTaskTargets } from './report-prose.tasks.js';

const TASKS = readSeed('haizhu-2025-task-division.txt');
const PRIOR = readSeed('haizhu-2025-plan-report.txt');
/** The text of a task row of the 2025 list, by its seq number. */
const task = (seq: number) => {
  const row = TASKS.split('\n').find((l) => l.startsWith(`${seq}\t`));
  if (!row) throw new Error(`no task ${seq}`);
  return row.split('\t')[1] ?? '';
};
const extract = (seq: number) =>
  extractTaskTargets(task(seq), {
    reportId: 'tasks-2025',
    jurisdictionId: 'haizhu',
    period: '2025',
    taskId: String(seq),
  });

describe('extractTaskTargets', () => {
  it('参赛队伍超8000支、人数超1.5万人: two aspirational targets with indicators named from the text', () => {
    const result = extract(4);
    expect(
      result.targets.map((t) => [t.indicatorId, t.measure, t.comparator, t.value, t.unit, t.strength]),
    ).toEqual([
      ['adhoc:参赛队伍:支', 'count', 'gt', 8000, '支', 'aspirational'],
      ['adhoc:人数:人', 'count', 'gt', 1.5, '万人', 'aspirational'],
    ]);
    expect(result.indicators.map((i) => i.name)).toEqual(['参赛队伍', '人数']);
    expect(result.targetIds).toEqual(result.targets.map((t) => t.id));
    for (const t of result.targets) {
      const s = t.source;
      expect(s && task(4).slice(s.offset, s.offset + s.quote.length)).toBe(s?.quote);
    }
  });

  it('可调度算力6000P and 城镇新增就业1.8万人 (a dictionary indicator)', () => {
    expect(extract(6).targets).toMatchObject([{ indicatorId: 'adhoc:可调度算力:P', value: 6000, unit: 'P' }]);
    expect(extract(83).targets).toMatchObject([
      { indicatorId: 'urban-new-jobs', measure: 'count', value: 1.8, unit: '万人', strength: 'aspirational' },
    ]);
  });

  it('the headline tasks read as the headline targets', () => {
    expect(extract(1).targets).toMatchObject([{ indicatorId: 'gdp', measure: 'growth', value: 5.5 }]);
    expect(extract(2).targets).toMatchObject([
      { indicatorId: 'fixed-asset-investment', comparator: 'gte', value: 10 },
    ]);
  });

  it('ids are deterministic: the same text gives the same ids', () => {
    expect(extract(9).targets.map((t) => [t.id, t.indicatorId])).toEqual(
      extract(9).targets.map((t) => [t.id, t.indicatorId]),
    );
    expect(extract(9).targets.length).toBeGreaterThanOrEqual(5);
  });

  it('a task without figures has no targets', () => {
    expect(extract(5).targets).toEqual([]);
  });
});

/** Every task of a seed task list, parsed the way the CLI parses it. */
const listTasks = (year: string) =>
  parseTaskDivision(readSeed(`haizhu-${year}-task-division.txt`), {
    jurisdictionId: 'haizhu',
    reportId: `td-${year}`,
  }).tasks;
const LISTS = { '2024': listTasks('2024'), '2025': listTasks('2025') };
const readTask = (year: '2024' | '2025', seq: number) => {
  const found = LISTS[year].find((t) => t.seq === seq);
  if (!found) throw new Error(`no task ${seq} in ${year}`);
  return extractTaskTargets(found.text, {
    reportId: `td-${year}`,
    jurisdictionId: 'haizhu',
    period: year,
    taskId: String(seq),
  });
};
/** `name comparator value unit` for each target of a task, in order. */
const named = (year: '2024' | '2025', seq: number) => {
  const result = readTask(year, seq);
  return result.targets.map((t) => {
    const name = result.indicators.find((i) => i.id === t.indicatorId)?.name;
    return `${name} ${t.comparator} ${t.value}${t.unit}`;
  });
};

describe('extractTaskTargets: naming what a figure counts', () => {
  it.each<['2024' | '2025', number, string[]]>([
    // A verb before the figure: the noun after its measure word names it.
    ['2024', 9, ['新中轴旧厂征收 eq 19个', '起步区 eq 1.3公里']],
    ['2024', 44, ['直播+细分行业 eq 6个']],
    ['2024', 78, ['复建住宅 eq 2个', '公建配套 eq 1处']],
    ['2025', 61, ['市攻城拔寨项目 eq 56个', '固定资产投资 eq 700亿元']],
    ['2025', 73, ['重点地块收储 eq 6宗']],
    ['2025', 74, ['地块土地供应 eq 12宗']],
    ['2025', 27, ['低空起降点 gt 30个']],
    ['2025', 71, ['复建安置房 eq 2栋', '公建配套地块 eq 1万平方米']],
    ['2025', 37, ['琶洲南消费新地标 eq 35万平方米']],
    // A list closed by 等: what follows the figure names it.
    ['2024', 25, ['园区改造 eq 4个']],
    ['2025', 10, ['细分领域 eq 11个']],
    // `X不低于N的Y`: Y's X.
    ['2024', 34, ['产业基金总规模 gte 100亿元']],
    // One figure, one target; a classifier counts the noun after it, the words before qualify it.
    [
      '2025',
      35,
      [
        '过江隧道 eq 3条',
        '轨道交通项目 eq 5个',
        '琶洲西区道路项目 eq 5个',
        '中二区道路 eq 5条',
        '南区道路 eq 19条',
      ],
    ],
    // Words before the figure that are a name stay the name.
    ['2025', 4, ['参赛队伍 gt 8000支', '人数 gt 1.5万人']],
    ['2025', 6, ['可调度算力 eq 6000P']],
    ['2025', 22, ['举办展览活动 gt 300场', '面积 gt 1200万平方米']],
    ['2025', 52, ['新引进服务型制造企业 gt 20家']],
    ['2025', 63, ['引进优质项目 gt 180个', '新增百亿级项目 eq 2个']],
    ['2025', 82, ['中学扩班工程 eq 37个']],
    ['2025', 84, ['保障性租赁住房 eq 1.07万套']],
    ['2025', 17, ['新落地都市工业项目 gt 20个']],
    ['2025', 19, ['新增都市工业特色点位 gte 5个', '载体 gt 10万平方米']],
    ['2025', 85, ['社区托育点覆盖率 gte 60%']],
    ['2025', 83, ['城镇新增就业 eq 1.8万人']],
  ])('%s task %i', (year, seq, expected) => {
    expect(named(year, seq)).toEqual(expected);
  });

  it('technology names (6G) are not quantities: no target, no warning', () => {
    const result = readTask('2025', 34);
    expect(result.targets).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    const options = { reportId: 'r', jurisdictionId: 'j', period: '2025' };
    for (const text of ['打造4K超高清视频产业集群', '推进5G+工业互联网应用', '发展3D打印'])
      expect(extractTaskTargets(text, options).targets).toEqual([]);
    // The figure next to a technology name is still read, and names the thing with it.
    expect(extractTaskTargets('新建5G基站超1000座', options).targets).toMatchObject([
      { value: 1000, unit: '座', comparator: 'gt' },
    ]);
  });

  it('over both lists: one target per figure, and no name that is only a verb', () => {
    for (const year of ['2024', '2025'] as const) {
      for (const t of LISTS[year]) {
        const result = readTask(year, t.seq);
        const figureEnds = result.targets.map((target) => {
          const s = target.source;
          return s ? s.offset + s.quote.length : -1;
        });
        expect(new Set(figureEnds).size, `${year} task ${t.seq}`).toBe(figureEnds.length);
        for (const indicator of result.indicators) {
          expect(indicator.name, `${year} task ${t.seq}`).not.toMatch(
            /(推进|启动|交付|贯通|发展|鼓励|拓展|建设|完成|实施|等|\d)$|^.{0,1}$/,
          );
        }
      }
    }
  });
});

describe('matchPriorActuals', () => {
  const prior = { text: PRIOR, reportId: 'plan-2025', jurisdictionId: 'haizhu' };
  const inputs = (seq: number) => {
    const result = extract(seq);
    return result.targets.map((target) => ({
      target,
      indicator: result.indicators.find((i) => i.id === target.indicatorId) ?? result.indicators[0]!,
      context: task(seq),
    }));
  };

  it('finds 2024’s 6003支队伍 for 2025’s 参赛队伍超8000支, and no actual for 人数', () => {
    const result = matchPriorActuals(inputs(4), prior);
    expect(result.observations).toMatchObject([
      { indicatorId: 'adhoc:参赛队伍:支', period: '2024', value: 6003, unit: '支' },
    ]);
    expect(result.matches).toHaveLength(1);
    const s = result.observations[0]?.source;
    expect(s && PRIOR.slice(s.offset, s.offset + s.quote.length)).toBe(s?.quote);
    expect(s?.quote).toContain('6003支队伍');
  });

  it('finds 可调度算力超5000P and the dictionary actual 城镇新增就业3.23万人', () => {
    expect(matchPriorActuals(inputs(6), prior).observations).toMatchObject([
      { value: 5000, unit: 'P', period: '2024' },
    ]);
    expect(matchPriorActuals(inputs(83), prior).observations).toMatchObject([
      { indicatorId: 'urban-new-jobs', value: 3.23, unit: '万人', period: '2024' },
    ]);
  });

  it('does not match a head noun in an unrelated sentence', () => {
    const result = matchPriorActuals(inputs(9), prior);
    expect(result.observations.some((o) => o.value === 244)).toBe(false);
  });
});
