// axe-core over a rendered block in jsdom: structure, names, roles, labels (colour contrast needs
// layout, so it is checked in Chromium by the story test, not here).
import axe from 'axe-core';

/** The serious and critical axe violations in `element`, as `rule: target` lines (empty when clean). */
export async function seriousViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
