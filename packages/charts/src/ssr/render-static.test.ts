import { describe, expect, it } from 'vitest';
import { HOSTILE_NAME, sampleBars, testBar } from '../../test/support/test-bar.view.js';
import { renderStatic, serializePayload } from './render-static.js';

describe('renderStatic', () => {
  it('carries the tooltips and selections as JSON data beside the SVG', () => {
    const chart = renderStatic(testBar, sampleBars, { width: 800 });
    expect(chart.payload.tooltips['0:1']).toBe(`${HOSTILE_NAME}\n数值: 3.2`);
    expect(chart.payload.selections['0:2']).toEqual({ kind: 'task', id: 't-3' });
    expect(chart.html.startsWith('<div data-luoshi-chart="test-bar" style="position:relative"><svg')).toBe(
      true,
    );
    const json = /<script type="application\/json" data-luoshi-payload>(.*)<\/script><\/div>$/s.exec(
      chart.html,
    )?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual(chart.payload);
  });

  it('writes no markup from data into the HTML: not in the SVG, not in the JSON', () => {
    const { html } = renderStatic(testBar, {
      items: [{ id: 'x</script><script>alert(1)</script>', label: HOSTILE_NAME, value: 1 }],
    });
    expect(html).not.toContain('<img');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('serialises line and paragraph separators and "<" as escapes that JSON.parse reads back', () => {
    const payload = { v: 1 as const, tooltips: { '0:0': '<!-- a\u2028b\u2029' }, selections: {} };
    const text = serializePayload(payload);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(payload);
  });
});
