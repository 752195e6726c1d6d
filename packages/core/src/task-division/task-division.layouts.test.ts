import { describe, expect, it } from 'vitest';
import { parseTaskDivision } from './task-division.parse.js';
import { accountingProblems, readable } from './task-division.test-helpers.js';
import type { LineKind, TaskDivisionResult } from './task-division.types.js';

const options = { jurisdictionId: 'hz', reportId: 'r' };

function parse(text: string): TaskDivisionResult {
  const result = parseTaskDivision(text, options);
  expect(accountingProblems(text, result)).toEqual([]);
  return result;
}

function kinds(result: TaskDivisionResult): [number, LineKind][] {
  return result.lines.map((account) => [account.line, account.kind]);
}

const codes = (result: TaskDivisionResult): string[] => result.diagnostics.map((d) => `${d.line}:${d.code}`);

describe('tables pasted as text', () => {
  it('reads a Markdown table with a support column, skipping its rule', () => {
    const result = parse(
      [
        '| 序号 | 重点任务 | 牵头单位 | 配合单位 |',
        '|---|:---|---|---|',
        '| 1 | 推进数字政府建设 | 区政务和数据局 | 区发改局、区财政局 |',
        '| 2 | 建设口袋公园，年内建成 12 个 | 区住建局 | 各街道 |',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [1, '推进数字政府建设', ['区政务和数据局'], ['区发改局', '区财政局']],
      [2, '建设口袋公园，年内建成 12 个', ['区住建局'], ['各街道']],
    ]);
    expect(kinds(result).slice(0, 2)).toEqual([
      [1, 'header'],
      [2, 'header'],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads pipe columns without outer pipes, full-width pipes included', () => {
    const result = parse(
      [
        '序号 | 重点任务 | 牵头单位',
        '1 | 推进数字政府建设 | 区政务和数据局',
        '2｜建设口袋公园｜沙园街龙凤街',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [1, '推进数字政府建设', ['区政务和数据局'], []],
      [2, '建设口袋公园', ['沙园街', '龙凤街'], []],
    ]);
  });

  it('reads an HTML table whose rows, cells and wrapped text span lines', () => {
    const text = [
      '<p>2025年重点工作责任分工</p>',
      '<table>',
      '<tr><th>序号</th><th>重点任务</th><th>牵头单位</th></tr>',
      '<tr>',
      '  <td>1</td>',
      '  <td>推进数字政府',
      '  建设&nbsp;</td>',
      '  <td>区政务和数据局<br/>区发改局</td>',
      '</tr>',
      '<tr><td>2</td><td>建设&ldquo;口袋&rdquo;公园</td><td>沙园街龙凤街</td></tr>',
      '</table>',
    ].join('\n');
    const result = parse(text);
    expect(readable(result)).toEqual([
      [1, '推进数字政府建设', ['区政务和数据局', '区发改局'], []],
      [2, '建设“口袋”公园', ['沙园街', '龙凤街'], []],
    ]);
    expect(result.lines.filter((a) => a.seq === 1).map((a) => a.line)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(kinds(result)[0]).toEqual([1, 'header']);
    expect(kinds(result)[1]).toEqual([2, 'chrome']);
  });

  it('reads tab columns with 主要责任单位 as the lead and 协同配合单位 as support', () => {
    const result = parse(
      [
        '序号\t工作任务\t主要责任单位\t协同配合单位',
        '1\t推进数字政府建设\t区政务和数据局\t区发改局 区财政局',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([[1, '推进数字政府建设', ['区政务和数据局'], ['区发改局', '区财政局']]]);
  });

  it('reads 责任单位 beside 牵头单位 as support, and alone as lead', () => {
    const beside = parse(
      ['序号\t重点任务\t牵头单位\t责任单位', '1\t建设口袋公园\t区住建局\t凤阳街'].join('\n'),
    );
    expect(readable(beside)).toEqual([[1, '建设口袋公园', ['区住建局'], ['凤阳街']]]);
    const alone = parse(['序号\t重点任务\t责任单位', '1\t建设口袋公园\t区住建局 凤阳街'].join('\n'));
    expect(readable(alone)).toEqual([[1, '建设口袋公园', ['区住建局', '凤阳街'], []]]);
  });

  it('keeps a 完成时限 column as the deadline, out of the text and the units', () => {
    const result = parse(
      [
        '序号\t重点任务\t牵头单位\t完成时限',
        '1\t建设口袋公园\t区住建局\t2025年底',
        '2\t建设书院\t区文广旅体局\t2025年6月',
      ].join('\n'),
    );
    expect(readable(result).map(([, text, lead]) => [text, lead])).toEqual([
      ['建设口袋公园', ['区住建局']],
      ['建设书院', ['区文广旅体局']],
    ]);
    expect(result.tasks.map((task) => task.deadline)).toEqual(['2025年底', '2025年6月']);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a column it does not read, once, on the header', () => {
    const result = parse(
      [
        '序号\t重点任务\t牵头单位\t备注',
        '1\t建设口袋公园\t区住建局\t续建',
        '2\t建设书院\t区文广旅体局\t新建',
      ].join('\n'),
    );
    expect(readable(result).map(([, text, lead]) => [text, lead])).toEqual([
      ['建设口袋公园', ['区住建局']],
      ['建设书院', ['区文广旅体局']],
    ]);
    expect(codes(result)).toEqual(['1:column-ignored']);
  });
});

describe('rows laid out over several lines', () => {
  it('joins wrapped text, reads a number alone on its line and units on lines of their own', () => {
    const result = parse(
      [
        '序号 重点任务 牵头单位',
        '1 优化基础设施 区住建局',
        '2',
        '南北向品质提升海珠桥南、江南大道北，全面复兴婚',
        '',
        '庆产业',
        '区住建局',
        '',
        '沙园街',
        ' 3 启动新中轴19个旧厂征收，贯通1.3公里起步区',
        '区住建局 赤岗街',
        '4 完成华新科创岛D区、TIT文创园等4个园区改造，建设 AI',
        'platform',
        '区科工商信局区城发集团',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [1, '优化基础设施', ['区住建局'], []],
      [2, '南北向品质提升海珠桥南、江南大道北，全面复兴婚庆产业', ['区住建局', '沙园街'], []],
      [3, '启动新中轴19个旧厂征收，贯通1.3公里起步区', ['区住建局', '赤岗街'], []],
      [4, '完成华新科创岛D区、TIT文创园等4个园区改造，建设 AI platform', ['区科工商信局', '区城发集团'], []],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('does not take a number inside wrapped text for a 序号', () => {
    const result = parse(
      [
        '5 推进安置房建设，年内交付',
        '2 个复建住宅',
        '2025年 完成首批回迁',
        '区住建局',
        '6 建设口袋公园 区住建局',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [5, '推进安置房建设，年内交付2 个复建住宅2025年 完成首批回迁', ['区住建局'], []],
      [6, '建设口袋公园', ['区住建局'], []],
    ]);
    expect(codes(result)).toEqual(['1:seq-start']);
  });

  it('takes a possible unit name after the text as the lead unit when no other unit follows', () => {
    const result = parse(['1 推动实验室成立基金', '琶洲实验室', '2 建设书院 区文广旅体局'].join('\n'));
    expect(readable(result)[0]).toEqual([1, '推动实验室成立基金', ['琶洲实验室'], []]);
    expect(kinds(result)[1]).toEqual([2, 'lead-unit']);
  });
});

describe('numbered paragraphs', () => {
  it('reads labelled unit lines and section headings', () => {
    const result = parse(
      [
        '一、推动经济高质量发展',
        '（一）稳定经济增长',
        '1. 推动地区生产总值增长5.5%，',
        '力争固定资产投资增长10%以上。',
        '牵头单位：区发改局',
        '配合单位：区统计局、区财政局',
        '（二）优化营商环境',
        '2、持续优化营商环境。',
        '责任单位：区政务和数据局',
        '完成时限：2025年12月',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [1, '推动地区生产总值增长5.5%，力争固定资产投资增长10%以上。', ['区发改局'], ['区统计局', '区财政局']],
      [2, '持续优化营商环境。', ['区政务和数据局'], []],
    ]);
    expect(result.tasks.map((task) => task.category)).toEqual(['（一）稳定经济增长', '（二）优化营商环境']);
    expect(kinds(result)).toEqual([
      [1, 'section'],
      [2, 'section'],
      [3, 'task'],
      [4, 'task'],
      [5, 'lead-unit'],
      [6, 'support-unit'],
      [7, 'section'],
      [8, 'task'],
      [9, 'lead-unit'],
      [10, 'field'],
    ]);
    expect(result.tasks.map((task) => task.deadline)).toEqual([undefined, '2025年12月']);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads units in a bracket at the end of the item, labelled or with a verb', () => {
    const result = parse(
      [
        '1. 推进重大项目建设。（牵头单位：区发改局；配合单位：区财政局、区住建局）',
        '2. 建设口袋公园（区住建局牵头，各街道配合）',
        '3．加快江南文商综合二期（西华工业区）改造',
        '（区城发集团负责）',
        '4、改造江南文商综合二期（八合里） 区城发集团',
      ].join('\n'),
    );
    expect(readable(result)).toEqual([
      [1, '推进重大项目建设。', ['区发改局'], ['区财政局', '区住建局']],
      [2, '建设口袋公园', ['区住建局'], ['各街道']],
      [3, '加快江南文商综合二期（西华工业区）改造', ['区城发集团'], []],
      [4, '改造江南文商综合二期（八合里）', ['区城发集团'], []],
    ]);
  });
});

describe('numbering', () => {
  it('reports an extract that starts at 37 and skips a number, without renumbering', () => {
    const result = parse(
      [
        '序号\t重点任务\t牵头单位',
        '37\t建设书院\t区文广旅体局',
        '38\t建设公园\t区住建局',
        '40\t建设学校\t区教育局',
      ].join('\n'),
    );
    expect(result.tasks.map((task) => [task.seq, task.id])).toEqual([
      [37, 'r-t37'],
      [38, 'r-t38'],
      [40, 'r-t40'],
    ]);
    expect(codes(result)).toEqual(['2:seq-start', '4:seq-gap']);
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(result.diagnostics[1]?.message.en).toContain('39 is missing');
  });

  it('reports a repeated number as an error and keeps both rows apart', () => {
    const result = parse(
      ['1\t建设书院\t区文广旅体局', '2\t建设公园\t区住建局', '2\t建设学校\t区教育局'].join('\n'),
    );
    expect(result.tasks.map((task) => task.id)).toEqual(['r-t1', 'r-t2', 'r-t2-2']);
    expect(result.diagnostics.map((d) => [d.line, d.severity, d.code])).toEqual([
      [3, 'error', 'seq-duplicate'],
    ]);
  });

  it('reports a row without a lead unit as an error and does not keep it', () => {
    const result = parse(
      ['1\t建设书院\t区文广旅体局', '2\t建设公园，提升品质', '3\t建设学校\t区教育局'].join('\n'),
    );
    expect(result.tasks.map((task) => task.seq)).toEqual([1, 3]);
    expect(codes(result)).toEqual(['2:no-lead-unit']);
    expect(kinds(result)[1]).toEqual([2, 'diagnostic']);
  });

  it('reports text after a row’s units that it cannot place', () => {
    const result = parse(
      ['1 建设书院 区文广旅体局', '这一行不属于任何任务，。', '2 建设公园 区住建局'].join('\n'),
    );
    expect(result.tasks).toHaveLength(2);
    expect(codes(result)).toEqual(['2:orphan-line']);
  });
});

describe('web page chrome and other noise', () => {
  it('accounts navigation, share links, footers and page numbers as chrome', () => {
    const text = [
      '首页 > 政务公开 > 规划计划',
      '发布时间：2025-03-01 来源：海珠区发展和改革局',
      '字号：大 中 小',
      '区政府2025年重点工作及责任分工',
      '序号\t重点任务\t牵头单位',
      '1\t地区生产总值增长5.5%。\t区发改局',
      '- 2 -',
      '2\t固定资产投资增长10%以上。\t区发改局',
      '分享到：',
      '【打印】【关闭】',
      '版权所有：广州市海珠区人民政府 粤ICP备12345678号',
      '网站标识码：4401050001',
    ].join('\r\n');
    const result = parse(`\uFEFF${text}`);
    expect(readable(result)).toEqual([
      [1, '地区生产总值增长5.5%。', ['区发改局'], []],
      [2, '固定资产投资增长10%以上。', ['区发改局'], []],
    ]);
    expect(
      kinds(result)
        .filter(([, kind]) => kind === 'chrome')
        .map(([line]) => line),
    ).toEqual([1, 2, 3, 7, 9, 10, 11, 12]);
    // Left out, but said so: one warning names every line of chrome.
    expect(result.diagnostics.map((d) => [d.line, d.code, d.severity])).toEqual([
      [1, 'web-chrome', 'warning'],
    ]);
    expect(result.diagnostics[0]?.message.en).toContain('lines 1–3, 7, 9–12');
  });

  it('reports a preamble paragraph it does not read', () => {
    const result = parse(
      ['为贯彻落实区委部署，现将有关事项通知如下：', '1\t建设书院\t区文广旅体局'].join('\n'),
    );
    expect(codes(result)).toEqual(['1:preamble']);
  });

  it('reports an input with no numbered task', () => {
    const result = parse('这是一段说明文字。');
    expect(result.tasks).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['preamble', 'warning'],
      ['no-tasks', 'error'],
    ]);
  });
});

describe('units', () => {
  it('reuses known units matched by alias and keeps new units apart', () => {
    const known = [
      { id: 'hz-data', jurisdictionId: 'hz', name: '区政务和数据局', aliases: ['区政务数据局'] },
    ];
    const result = parseTaskDivision('1\t推进数字政府建设\t区政务数据局 区发改局', {
      ...options,
      knownUnits: known,
    });
    expect(result.tasks[0]?.leadUnitIds[0]).toBe('hz-data');
    expect(result.units.map((unit) => unit.name)).toEqual(['区政务和数据局', '区发改局']);
    expect(result.units[1]?.id).toMatch(/^hz-u-/);
  });

  it('uses the unit id prefix given', () => {
    const result = parseTaskDivision('1\t建设书院\t区文广旅体局', { ...options, unitIdPrefix: 'unit-' });
    expect(result.units[0]?.id).toMatch(/^unit-[0-9a-z]+$/);
  });
});
