import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haizhu2024Expected } from './haizhu-2024.expected.js';
import { haizhu2025Expected } from './haizhu-2025.expected.js';
import { parseTaskDivision } from './task-division.parse.js';
import { accountingProblems, readable } from './task-division.test-helpers.js';

// The seeds' 200 rows (Haizhu 2024: 110, 2025: 90) re-laid in each layout other places publish their
// lists in, with support units, leaders and deadlines drawn at random: every row must come back
// whole — 序号, text, lead units, support units, and the leader and deadline where the layout has them.

type Row = { seq: number; text: string; lead: string[] };
const lists: Row[][] = [haizhu2024Expected, haizhu2025Expected].map((rows) =>
  rows.map(([seq, text, lead]) => ({ seq, text, lead: [...lead] })),
);

const SUPPORT = ['区财政局', '各街道', '区直有关单位', '某某集团', '区统计局', '区司法局'];
const LEADERS = ['王某某', '李某 赵某', '陈某'];
const DEADLINES = ['全年', '6月底前', '2025年12月', '长期坚持'];

/** What a row gets besides its seed fields: support units, a leader, a deadline, places to wrap. */
const extras = (count: number) =>
  fc.array(
    fc.record({
      support: fc.subarray(SUPPORT, { maxLength: 3 }),
      leader: fc.constantFrom(...LEADERS),
      deadline: fc.constantFrom(...DEADLINES),
      cut: fc.nat(1000),
      style: fc.nat(2),
    }),
    { minLength: count, maxLength: count },
  );

type Extra = { support: string[]; leader: string; deadline: string; cut: number; style: number };

/** A unit never supports a task it leads (the parser keeps the two apart), so the draw leaves those out. */
const drawn = (rows: Row[], extra: Extra[]): Extra[] =>
  extra.map((e, i) => ({ ...e, support: e.support.filter((unit) => !(rows[i]?.lead ?? []).includes(unit)) }));

function parse(text: string) {
  const result = parseTaskDivision(text, { jurisdictionId: 'hz', reportId: 'r' });
  expect(accountingProblems(text, result)).toEqual([]);
  return result;
}

const want = (rows: Row[], extra: Extra[]) =>
  rows.map((row, i): [number, string, string[], string[]] => [
    row.seq,
    row.text,
    row.lead,
    extra[i]?.support ?? [],
  ]);

/** A place to wrap a text: never between two Latin letters (the join puts a space back there). */
function cutAt(text: string, pick: number): number | undefined {
  for (let k = 0; k < text.length; k++) {
    const at = 1 + ((pick + k) % Math.max(1, text.length - 1));
    if (at <= 0 || at >= text.length) continue;
    if (/[A-Za-z]{2}/.test(text.slice(at - 1, at + 1))) continue;
    // A break beside a space cannot carry the space over (a wrapped line is trimmed).
    if (/\s/.test(text.slice(at - 1, at + 1))) continue;
    if (/^\d+$/.test(text.slice(at)) || /^\d+$/.test(text.slice(0, at))) continue;
    return at;
  }
  return undefined;
}

describe.each(lists.map((rows, i) => ({ year: 2024 + i, rows })))('Haizhu $year re-laid', ({ rows }) => {
  it('four columns, the lead cell over several lines, the support cell beside its last unit', () => {
    fc.assert(
      fc.property(extras(rows.length), fc.constantFrom('\t', ' | '), (drawnExtra, sep) => {
        const extra = drawn(rows, drawnExtra);
        const lines = ['序号' + sep + '重点工作任务' + sep + '主要责任单位' + sep + '协同配合单位'];
        rows.forEach((row, i) => {
          const support = (extra[i] as Extra).support.join('、');
          const [first, ...more] = row.lead;
          if (more.length === 0) lines.push([row.seq, row.text, first, support].filter(Boolean).join(sep));
          else {
            lines.push([row.seq, row.text, first].join(sep));
            more.forEach((unit, k) =>
              lines.push(
                [sep.trim() === '|' ? '' : '', '', unit, k === more.length - 1 ? support : ''].join(sep),
              ),
            );
          }
        });
        const result = parse(lines.join('\n'));
        expect(readable(result)).toEqual(want(rows, extra));
      }),
      { numRuns: 15 },
    );
  });

  it('more columns: 责任领导 and 完成时限 kept on the task', () => {
    fc.assert(
      fc.property(extras(rows.length), (drawnExtra) => {
        const extra = drawn(rows, drawnExtra);
        const lines = ['序号\t重点任务\t责任领导\t牵头单位\t配合单位\t完成时限'];
        rows.forEach((row, i) => {
          const e = extra[i] as Extra;
          lines.push(
            [row.seq, row.text, e.leader, row.lead.join('、'), e.support.join('、'), e.deadline].join('\t'),
          );
        });
        const result = parse(lines.join('\n'));
        expect(readable(result)).toEqual(want(rows, extra));
        expect(result.tasks.map((t) => [t.responsibleLeader, t.deadline])).toEqual(
          extra.map((e) => [e.leader, e.deadline]),
        );
      }),
      { numRuns: 15 },
    );
  });

  it('one cell per line, ending in | or a tab, the text cell wrapped', () => {
    fc.assert(
      fc.property(extras(rows.length), fc.constantFrom(' |', '\t', '｜'), (drawnExtra, end) => {
        const extra = drawn(rows, drawnExtra);
        const lines = ['序号', '重点任务', '牵头单位', '配合单位'].map((h) => h + end);
        rows.forEach((row, i) => {
          const e = extra[i] as Extra;
          lines.push(`${row.seq}${end}`);
          const at = e.style === 0 ? undefined : cutAt(row.text, e.cut);
          if (at === undefined) lines.push(row.text + end);
          else lines.push(row.text.slice(0, at), row.text.slice(at) + end);
          lines.push(row.lead.join('、') + end, e.support.join('、') + end);
        });
        const result = parse(lines.join('\n'));
        expect(readable(result)).toEqual(want(rows, extra));
      }),
      { numRuns: 15 },
    );
  });

  it('numbered paragraphs inside a notice, under 一、 and （一） headings, units in brackets or on labelled lines', () => {
    const notice = [
      '某某区人民政府办公室关于印发重点任务分工方案的通知',
      '各街道办事处，区政府各部门、各直属机构：',
      '现将《重点任务分工方案》印发给你们，请认真贯彻执行。',
      '一、压实责任。1.各牵头单位要制定工作方案。',
      '某某区人民政府办公室',
      '2025年2月10日',
    ];
    fc.assert(
      fc.property(extras(rows.length), fc.constantFrom('.', '、', '()'), (drawnExtra, numbering) => {
        const extra = drawn(rows, drawnExtra);
        const lines = [...notice, '重点任务分工方案'];
        const categories: string[] = [];
        let category = '';
        rows.forEach((row, i) => {
          if (i % 12 === 0) {
            lines.push(`${'一二三四五六七八九十'[i / 12]}、第${i / 12 + 1}部分`);
            category = `（一）第${i / 12 + 1}部分第一节`;
            lines.push(category);
          }
          categories.push(category);
          const e = extra[i] as Extra;
          // 1.2025年… reads as a decimal: such a text is numbered 1、 here, as a careful writer would.
          const mark =
            numbering === '()'
              ? `（${row.seq}）`
              : /^\d/.test(row.text)
                ? `${row.seq}、`
                : `${row.seq}${numbering}`;
          const lead = row.lead.join('、');
          const support = e.support.join('、');
          if (e.style === 0)
            lines.push(`${mark}${row.text}[牵头单位:${lead}${support ? `;责任单位:${support}` : ''}]`);
          else if (e.style === 1)
            lines.push(`${mark}${row.text}（牵头单位：${lead}${support ? `；配合单位：${support}` : ''}）`);
          else {
            lines.push(`${mark}${row.text}`, `牵头单位：${lead}`);
            if (support) lines.push(`责任单位：${support}`);
            lines.push(`完成时限：${e.deadline}`);
          }
        });
        const result = parse(lines.join('\n'));
        expect(readable(result)).toEqual(want(rows, extra));
        expect(result.tasks.map((t) => t.category)).toEqual(categories);
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('a department’s extract inside web page chrome', () => {
    fc.assert(
      fc.property(fc.subarray(rows, { minLength: 1 }), (subset) => {
        const lines = [
          '首页 > 政务公开 > 计划总结',
          '索 引 号: 000014349/2025-00001 发布日期: 2025-02-10 发布机构: 某某区政府办公室',
          '发布时间：2025-02-10 来源：某某区政府办公室 浏览次数： 字体：[ ]',
          '序号\t重点任务\t牵头单位',
          ...subset.map((row) => `${row.seq}\t${row.text}\t${row.lead.join(' ')}`),
          '扫一扫在手机上查看当前页面',
          '版权所有：某某区人民政府',
        ];
        const result = parse(lines.join('\n'));
        expect(readable(result)).toEqual(subset.map((row) => [row.seq, row.text, row.lead, []]));
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(result.diagnostics.filter((d) => d.code === 'web-chrome')).toHaveLength(1);
      }),
      { numRuns: 15 },
    );
  });
});
