import { describe, expect, it } from 'vitest';
import { describe as describeText, describeList } from './a11y.description.js';
import { escapeHtml, TableBuilder, tableToHtml } from './a11y.table.js';

describe('accessible table and description', () => {
  it('renders a captioned table with scoped headers and every data string escaped', () => {
    const table = new TableBuilder('各牵头单位任务进展', [
      { key: 'unit', label: '牵头单位' },
      { key: 'n', label: '任务数', numeric: true },
    ])
      .add(['<img src=x onerror=alert(1)>', '3'], { kind: 'unit', id: 'u"1' })
      .build();
    const html = tableToHtml(table);
    expect(html).toContain('<caption>各牵头单位任务进展</caption>');
    expect(html).toContain('<th scope="col">牵头单位</th>');
    expect(html).toContain('<th scope="row">&lt;img src=x onerror=alert(1)&gt;</th>');
    expect(html).toContain('data-id="u&quot;1"');
    expect(html).not.toContain('<img');
  });

  it('refuses a row that does not fit its columns', () => {
    expect(() => new TableBuilder('t', [{ key: 'a', label: 'A' }]).add(['1', '2'])).toThrow(
      /2 cells for 1 columns/,
    );
  });

  it('joins descriptions in the locale and summarises long lists', () => {
    expect(describeText('标题', ['甲', '乙'])).toBe('标题：甲；乙。');
    expect(describeText('Title', ['a', 'b'], 'en')).toBe('Title: a; b.');
    expect(describeList(['a', 'b', 'c'], 'en', 2)).toBe('a; b; and 1 more');
    expect(describeList(['甲', '乙', '丙'], 'zh-CN', 1)).toBe('甲；等另外2项');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
