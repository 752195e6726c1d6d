import { describe, expect, it } from 'vitest';
import { noiseReason } from './report-prose.noise.js';
import { lineAt, prepareProse, quoteOf } from './report-prose.text.js';

describe('prepareProse', () => {
  it('joins wrapped lines, removes spaces in figures, keeps every character’s origin', () => {
    const source = '商事主体总量增至24.3\n\n万户、增长 4%；\n城镇新增就业 2.7 万人。';
    const prepared = prepareProse(source);
    expect(prepared.text).toBe('商事主体总量增至24.3万户、增长4%;\n城镇新增就业2.7万人。');
    prepared.origin.forEach((o, i) => {
      const ch = prepared.text[i];
      if (ch !== '\n' && ch !== ';') expect(source[o]).toBe(ch);
    });
    const start = prepared.text.indexOf('24.3');
    const { quote, offset } = quoteOf(prepared, start, start + '24.3万户'.length);
    expect(quote).toBe('24.3\n\n万户');
    expect(source.slice(offset, offset + quote.length)).toBe(quote);
    expect(lineAt(prepared, offset + quote.length - 1)).toBe(3);
  });

  it('keeps headings and finished sentences as paragraphs of their own', () => {
    const prepared = prepareProse('一、2023年工作回顾\n2023年是开局之年。\n(一)经济\n增长较快');
    expect(prepared.text.split('\n')).toEqual([
      '一、2023年工作回顾',
      '2023年是开局之年。',
      '(一)经济',
      '增长较快',
    ]);
    expect(prepared.paragraphs.map((p) => p.heading)).toEqual(['section', undefined, 'section', undefined]);
  });

  it('writes out subscripts and keeps spaces between Latin words', () => {
    expect(prepareProse('PM_{2.5}、PM₁₀ 和 Authorized Economic Operator').text).toBe(
      'PM2.5、PM10和Authorized Economic Operator',
    );
  });

  it('reads CRLF and a BOM', () => {
    const prepared = prepareProse('\ufeff地区生产总值\r\n3008亿元。');
    expect(prepared.text).toBe('地区生产总值3008亿元。');
    expect(prepared.origin[0]).toBe(1);
  });

  it('a bare number is a page number unless the text reads through it', () => {
    expect(prepareProse('全年完成\n12\n个项目。').ignored).toEqual([]);
    expect(prepareProse('全年完成项目\n12\n建设顺利。').ignored).toMatchObject([
      { line: 2, reason: 'page-number' },
    ]);
  });
});

describe('noiseReason', () => {
  it.each([
    ['您当前所在的位置: 首页 > 政务公开 > 规划计划', 'navigation'],
    ['分享到:', 'share-links'],
    ['浏览量:-', 'page-counter'],
    ['发布日期:2025-03-14 17:14:41 来源:区发改局', 'page-metadata'],
    ['粤ICP备05083207号-1网站标识码:4401050003', 'footer'],
    ['联系我们 | 友情链接 | 站点地图', 'navigation'],
    ['本文仅代表作者观点,不代表本站立场。', 'advertising-or-disclaimer'],
    ['— 12 —', 'page-number'],
    ['第 3 页 共 20 页', 'page-number'],
  ])('%s is %s', (line, reason) => {
    expect(noiseReason(line)).toBe(reason);
  });

  it.each([
    '全区日用品类(20.2%)、体育、娱乐用品类(69.6%)等产品销售额均实现高速增长。',
    '一、2024年国民经济和社会发展计划执行情况',
    '附件:',
    '各位代表:',
  ])('report text is not noise: %s', (line) => {
    expect(noiseReason(line)).toBeUndefined();
  });
});
