// The data the benchmarks draw: the dataset the browser tests use, and a copy grown to 1 000
// indicators (categories) in the selection a view shows by default.
import type { View } from '../src/index.js';
import { viewDataset } from '../test/support/hostile-dataset.js';

export { viewDataset };

interface Keyed {
  id: string;
  indicatorId?: string;
  name?: string;
}

/**
 * A copy of the dataset where the view's default selection holds `count` indicators: the indicators it
 * shows are cloned, each clone with copies of their targets and actuals (same period and jurisdiction).
 * The originals stay, so every reference in the dataset still resolves.
 */
function grow(view: View, data: Record<string, unknown>, count: number): Record<string, unknown> {
  const indicators = (data['indicators'] ?? []) as Keyed[];
  const targets = (data['targets'] ?? []) as Keyed[];
  const observations = (data['observations'] ?? []) as Keyed[];
  const shownTargets = new Set(Object.values(view.build(data).selections).map((selection) => selection.id));
  const shown = indicators.filter((indicator) =>
    targets.some((target) => target.indicatorId === indicator.id && shownTargets.has(target.id)),
  );
  if (shown.length === 0)
    throw new Error(`[@luoshi/charts bench] ${view.name} shows no indicator with a target`);
  const grown = {
    ...data,
    indicators: [...indicators],
    targets: [...targets],
    observations: [...observations],
  };
  for (let i = 0; i < count - shown.length; i += 1) {
    const source = shown[i % shown.length]!;
    const id = `${source.id}~${i}`;
    grown.indicators.push({ ...source, id, name: `${source.name ?? ''} ${i}` });
    for (const [list, into] of [
      [targets, grown.targets],
      [observations, grown.observations],
    ] as const) {
      for (const item of list.filter((entry) => entry.indicatorId === source.id)) {
        into.push({ ...item, id: `${item.id}~${i}`, indicatorId: id });
      }
    }
  }
  return grown;
}

/**
 * A copy of the dataset where the view's default selection draws about `rows` categories (rows of its
 * table): an indicator may draw several rows (one per target), so the clone count is adjusted to it.
 */
export function withRows(view: View, data: Record<string, unknown>, rows: number): Record<string, unknown> {
  let count = rows;
  let grown = grow(view, data, count);
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const drawn = view.build(grown).table.rows.length;
    if (Math.abs(drawn - rows) <= rows * 0.01) break;
    count = Math.max(1, Math.round((count * rows) / drawn));
    grown = grow(view, data, count);
  }
  return grown;
}
