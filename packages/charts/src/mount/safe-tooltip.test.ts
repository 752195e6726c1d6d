import { describe, expect, it } from 'vitest';
import { HOSTILE_NAME, sampleBars, testBar } from '../../test/support/test-bar.view.js';
import { escapeHtml, textToHtml } from './escape-html.js';
import { tooltipFormatter, withSafeTooltips } from './safe-tooltip.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
  it('keeps line breaks as <br/> between escaped lines', () => {
    expect(textToHtml(`${HOSTILE_NAME}\n目标 ≥10%`)).toBe('&lt;img src=x onerror=alert(1)&gt;<br/>目标 ≥10%');
  });
});

describe('tooltipFormatter', () => {
  const format = tooltipFormatter({ '0:1': `${HOSTILE_NAME}\n数值: 3.2`, '1:0': '第二个系列' });

  it("shows the view's text for the hovered element, escaped", () => {
    expect(format({ componentType: 'series', seriesIndex: 0, dataIndex: 1, name: 'ignored' })).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<br/>数值: 3.2',
    );
  });
  it('joins the texts of an axis tooltip', () => {
    expect(
      format([
        { componentType: 'series', seriesIndex: 0, dataIndex: 1 },
        { componentType: 'series', seriesIndex: 1, dataIndex: 0 },
      ]),
    ).toBe('&lt;img src=x onerror=alert(1)&gt;<br/>数值: 3.2<br/>第二个系列');
  });
  it('falls back to the escaped element name, and never to raw params', () => {
    expect(format({ componentType: 'series', seriesIndex: 3, dataIndex: 3, name: HOSTILE_NAME })).toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(format({ componentType: 'markLine', seriesIndex: 0, dataIndex: 1, name: '<b>目标</b>' })).toBe(
      '&lt;b&gt;目标&lt;/b&gt;',
    );
    expect(format({ componentType: 'series', seriesIndex: 9, dataIndex: 9 })).toBe('');
  });
});

describe('withSafeTooltips', () => {
  it('puts the escaping formatter on the global and every series tooltip, in HTML mode', () => {
    const model = testBar.build(sampleBars);
    const hostile = {
      ...model,
      option: {
        ...model.option,
        tooltip: { trigger: 'item' as const, renderMode: 'richText' as const, formatter: '{b}' },
        series: [
          { type: 'bar' as const, data: [1], tooltip: { formatter: '<i>{b}</i>' } },
          { type: 'bar' as const, data: [2] },
        ],
      },
    };
    const option = withSafeTooltips(hostile) as {
      tooltip: { formatter: (p: unknown) => string; renderMode: string; trigger: string };
      series: { tooltip?: { formatter: (p: unknown) => string } }[];
    };
    expect(option.tooltip.renderMode).toBe('html');
    expect(option.tooltip.trigger).toBe('item');
    expect(option.tooltip.formatter({ componentType: 'series', seriesIndex: 0, dataIndex: 1 })).toContain(
      '&lt;img',
    );
    expect(
      option.series[0]?.tooltip?.formatter({ componentType: 'series', seriesIndex: 0, dataIndex: 1 }),
    ).toContain('&lt;img');
    expect(option.series[1]).toEqual({ type: 'bar', data: [2] });
  });

  it('leaves an option without tooltips without tooltips, and does not change the view model', () => {
    const model = testBar.build(sampleBars);
    const { tooltip: _tooltip, ...withoutTooltip } = model.option as Record<string, unknown>;
    expect(withSafeTooltips({ ...model, option: withoutTooltip })).not.toHaveProperty('tooltip');
    withSafeTooltips(model);
    expect(typeof (model.option as { tooltip: { formatter?: unknown } }).tooltip.formatter).toBe('undefined');
  });
});
