import { describe, expect, it } from 'vitest';
import { extractTaskTargets } from '../report-prose/report-prose.tasks.js';
import { parseTaskDivision } from './task-division.parse.js';
import { accountingProblems, readable } from './task-division.test-helpers.js';
import type { LineKind, TaskDivisionResult } from './task-division.types.js';

// Lists of other places and years, in the layouts China's governments publish them in. Every
// document here is invented in the layout it stands for; none copies a real list's rows.

const options = { jurisdictionId: 'x', reportId: 'r' };

function parse(text: string): TaskDivisionResult {
  const result = parseTaskDivision(text, options);
  expect(accountingProblems(text, result)).toEqual([]);
  return result;
}

const codes = (result: TaskDivisionResult): string[] => result.diagnostics.map((d) => `${d.line}:${d.code}`);
const kindOf = (result: TaskDivisionResult, line: number): LineKind | undefined =>
  result.lines.find((account) => account.line === line)?.kind;

describe('four columns: 序号 | 重点工作任务 | 主要责任单位 | 协同配合单位', () => {
  it('reads a lead cell of several lines with the support cell beside its last unit (tabs)', () => {
    const result = parse(
      [
        '序号\t重点工作任务\t主要责任单位\t协同配合单位',
        '1\t扩大城镇新增就业，开发公益性岗位300个\t区人社局',
        '\t\t区医保局\t各镇街、区直有关单位,某某集团。',
        '2\t建成社区食堂20家\t区民政局\t区财政局',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [
        1,
        '扩大城镇新增就业，开发公益性岗位300个',
        ['区人社局', '区医保局'],
        ['各镇街', '区直有关单位', '某某集团'],
      ],
      [2, '建成社区食堂20家', ['区民政局'], ['区财政局']],
    ]);
  });

  it('reads the same with the columns set apart by spaces only', () => {
    const result = parse(
      [
        '序号 重点工作任务 主要责任单位 协同配合单位',
        '1 扩大城镇新增就业，开发公益性岗位300个 区人社局',
        '区医保局 各镇街、区直有关单位,某某集团。',
        '2 建成社区食堂20家 区民政局 区财政局、区卫健局',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [
        1,
        '扩大城镇新增就业，开发公益性岗位300个',
        ['区人社局', '区医保局'],
        ['各镇街', '区直有关单位', '某某集团'],
      ],
      [2, '建成社区食堂20家', ['区民政局'], ['区财政局', '区卫健局']],
    ]);
    expect(kindOf(result, 3)).toBe('lead-unit');
  });

  it('reads a pipe table whose lead cell wraps, support units never among the leads', () => {
    const result = parse(
      [
        '| 序号 | 重点工作任务 | 主要责任单位 | 协同配合单位 |',
        '|---|---|---|---|',
        '| 1 | 推进老旧小区改造12个 | 区住建局 | |',
        '| | | 区城管局 | 各街道 |',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([[1, '推进老旧小区改造12个', ['区住建局', '区城管局'], ['各街道']]]);
  });
});

describe('more columns than three: 责任领导 and 完成时限', () => {
  it('keeps the leader and the deadline on the task, out of the text and the units', () => {
    const result = parse(
      [
        '序号\t重点任务\t责任领导\t牵头单位\t配合单位\t完成时限',
        '1\t新建5G基站200个\t王某某\t县工信局\t县住建局\t全年',
        '2\t完成农村公路改造50公里\t李某 赵某\t县交通局\t各乡镇\t6月底前',
        '3\t建成县城污水处理厂二期\t张某某\t县住建局\t\t2025年12月',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [1, '新建5G基站200个', ['县工信局'], ['县住建局']],
      [2, '完成农村公路改造50公里', ['县交通局'], ['各乡镇']],
      [3, '建成县城污水处理厂二期', ['县住建局'], []],
    ]);
    expect(result.tasks.map((t) => [t.responsibleLeader, t.deadline])).toEqual([
      ['王某某', '全年'],
      ['李某 赵某', '6月底前'],
      ['张某某', '2025年12月'],
    ]);
    expect(result.units.map((u) => u.name)).not.toContain('王某某');
    expect(result.diagnostics).toEqual([]);
  });

  it('reads 分管区领导 and 时间节点 under their other names, and labelled lines of both', () => {
    const table = parse(
      [
        '序号 | 工作任务 | 分管区领导 | 牵头单位 | 时间节点',
        '1 | 建成口袋公园8个 | 陈某 | 区城管局 | 10月底前',
      ].join('\n'),
    );
    expect(table.tasks[0]).toMatchObject({ responsibleLeader: '陈某', deadline: '10月底前' });
    const labelled = parse(
      ['1.建成口袋公园8个。', '牵头单位：区城管局', '责任领导：陈某', '完成时限：全年'].join('\n'),
    );
    expect(labelled.tasks[0]).toMatchObject({ responsibleLeader: '陈某', deadline: '全年' });
    expect(readable(labelled)).toEqual([[1, '建成口袋公园8个。', ['区城管局'], []]]);
    expect([3, 4].map((line) => kindOf(labelled, line))).toEqual(['field', 'field']);
  });
});

describe('one cell per line', () => {
  it('reads cells ending in | with rows separated only by the next 序号, a wrapped cell joined', () => {
    const result = parse(
      [
        '序号 |',
        '重点任务 |',
        '牵头单位 |',
        '配合单位 |',
        '1 |',
        '深化“放管服”改革，健全营商环境体制机 制 |',
        '区政务服务中心 |',
        '区发改局 |',
        '2 |',
        '新增市场主体3000户，',
        '其中企业800户 |',
        '区市场监管局 |',
        '|',
        '3 |',
        '建成智慧停车平台 |',
        '区交警大队 |',
        '各街道 |',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [1, '深化“放管服”改革，健全营商环境体制机制', ['区政务服务中心'], ['区发改局']],
      [2, '新增市场主体3000户，其中企业800户', ['区市场监管局'], []],
      [3, '建成智慧停车平台', ['区交警大队'], ['各街道']],
    ]);
  });

  it('reads cells ending in a tab, with a leader column', () => {
    const result = parse(
      [
        '序号\t',
        '目标与任务\t',
        '分管县领导\t',
        '牵头责任单位\t',
        '1\t',
        '新增托位400个\t',
        '周 某\t',
        '县卫健委\t',
        '2\t',
        '建成乡镇综合文化站3个\t',
        '吴某\t',
        '县文旅局\t',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [1, '新增托位400个', ['县卫健委'], []],
      [2, '建成乡镇综合文化站3个', ['县文旅局'], []],
    ]);
    expect(result.tasks.map((t) => t.responsibleLeader)).toEqual(['周 某', '吴某']);
  });
});

describe('numbered paragraphs inside a notice', () => {
  const notice = [
    '某某区人民政府办公室关于印发2026年区政府工作报告重点任务分工方案的通知',
    '各镇人民政府、各街道办事处，区政府各部门、各直属机构：',
    '《2026年区政府工作报告重点任务分工方案》已经区政府同意，现印发给你们，请认真贯彻执行。',
    '一、提高站位，压实责任。各牵头单位要制定工作方案。',
    '1.每季度报送一次进展。',
    '某某区人民政府办公室',
    '2026年2月10日',
    '（此件公开发布）',
    '2026年区政府工作报告重点任务分工方案',
    '一、推动经济平稳增长',
    '（一）扩大有效投资',
    '1.实施重点项目120个，完成投资300亿元。[牵头单位:区发改局;责任单位:区住建局、各街道]',
    '2、推进城市更新项目15个（牵头单位：区住建局；配合单位：区财政局、区自然资源分局）',
    '（二）提振消费',
    '（1）举办促消费活动50场以上。',
    '牵头单位：区商务局',
    '责任单位：各街道',
  ];

  it('leaves the notice out with one diagnostic, and reads the three bracket and label forms', () => {
    const text = notice.join('\n');
    const result = parse(text);
    expect(readable(result)).toEqual([
      [1, '实施重点项目120个，完成投资300亿元。', ['区发改局'], ['区住建局', '各街道']],
      [2, '推进城市更新项目15个', ['区住建局'], ['区财政局', '区自然资源分局']],
      [1, '举办促消费活动50场以上。', ['区商务局'], ['各街道']],
    ]);
    expect(result.tasks.map((t) => t.category)).toEqual([
      '（一）扩大有效投资',
      '（一）扩大有效投资',
      '（二）提振消费',
    ]);
    // The notice's own numbered paragraphs are not tasks.
    expect(result.lines.slice(0, 7).map((a) => a.kind)).toEqual(Array(7).fill('notice'));
    expect(kindOf(result, 8)).toBe('chrome');
    expect(codes(result)).toEqual(['1:notice', '8:web-chrome', '15:seq-restart']);
    // Numbered per section: the ids stay apart.
    expect(result.tasks.map((t) => t.id)).toEqual(['r-t1', 'r-t2', 'r-t1-2']);
  });

  it('reads headings used as items, （一） with a 责任单位 line under it', () => {
    const result = parse(
      [
        '一、主要预期目标',
        '（一）地区生产总值增长6%左右',
        '责任单位：区发改局',
        '（二）城镇调查失业率控制在5.5%以内',
        '责任单位：区人社局、区统计局',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [1, '地区生产总值增长6%左右', ['区发改局'], []],
      [2, '城镇调查失业率控制在5.5%以内', ['区人社局', '区统计局'], []],
    ]);
    expect(result.tasks[0]?.category).toBe('一、主要预期目标');
  });
});

describe('extracts, cut-off lists and lists that open with the year’s targets', () => {
  it('reads a department’s extract whose numbers skip, without renumbering', () => {
    const result = parse(
      [
        '序号\t重点任务\t牵头单位',
        '12\t建设书院\t区教育局',
        '40\t建设公园\t区教育局',
        '41\t改造校舍\t区教育局',
        '57\t新增学位2000个\t区教育局',
      ].join('\n'),
    );
    expect(result.tasks.map((t) => t.seq)).toEqual([12, 40, 41, 57]);
    expect(codes(result)).toEqual(['2:seq-start', '3:seq-gap', '5:seq-gap']);
  });

  it('reports the last row of a list cut off mid-row as incomplete, and does not invent it', () => {
    const result = parse(
      ['1.建成口袋公园8个。', '牵头单位：区城管局', '2.推进老旧小区改造，惠及居民'].join('\n'),
    );
    expect(result.tasks.map((t) => t.seq)).toEqual([1]);
    expect(result.diagnostics.map((d) => [d.line, d.code, d.severity])).toEqual([
      [3, 'incomplete-row', 'error'],
    ]);
    expect(result.diagnostics[0]?.message.en).toContain('incomplete');
  });

  it('reads the year’s 主要预期目标 rows as tasks that also yield targets', () => {
    const result = parse(
      [
        '一、经济社会发展的主要预期目标',
        '1.地区生产总值增长6%左右。',
        '牵头单位：县发改局',
        '2.一般公共预算收入增长5%。',
        '牵头单位：县财政局',
        '二、重点工作',
        '3.新建5G基站200个。',
        '牵头单位：县工信局',
      ].join('\n'),
    );
    expect(result.tasks).toHaveLength(3);
    const [gdp, revenue] = result.tasks.map(
      (task) =>
        extractTaskTargets(task.text, { reportId: 'r', jurisdictionId: 'x', period: '2026', taskId: task.id })
          .targets,
    );
    expect(gdp).toEqual([
      expect.objectContaining({
        indicatorId: 'gdp',
        value: 6,
        measure: 'growth',
        comparator: 'approx',
        period: '2026',
      }),
    ]);
    expect(revenue?.[0]).toMatchObject({ value: 5, measure: 'growth' });
  });
});

describe('web page chrome around the table', () => {
  it('leaves breadcrumbs, 索引号, 发布机构, 浏览次数 and 字体:[ ] out, saying so once', () => {
    const text = [
      '首页 > 政务公开 > 规划计划',
      '索 引 号: 000014349/2026-00001 发布日期: 2026-02-10 发布机构: 某某区政府办公室',
      '分   类 政务公开 有 效 性 有效',
      '发布时间：2026-02-10 10:00 来源：某某区政府办公室 浏览次数： 字体：[ ]',
      '2026-02-10 10:00 某某区政府办公室',
      '- 设为首页',
      '2026年区政府重点工作责任分工',
      '序号\t重点任务\t牵头单位',
      '1\t建成口袋公园8个\t区城管局',
      '扫一扫在手机上查看当前页面',
    ].join('\n');
    const result = parse(text);
    expect(readable(result)).toEqual([[1, '建成口袋公园8个', ['区城管局'], []]]);
    expect([1, 2, 3, 4, 5, 6, 10].map((line) => kindOf(result, line))).toEqual(Array(7).fill('chrome'));
    expect(codes(result)).toEqual(['1:web-chrome']);
  });
});
