import type { Selection } from './view.types.js';

/**
 * A copy of a selection for a listener: the model keeps its own, so a listener that sorts or edits
 * a `tasks` selection's `ids` cannot change what the next click reports.
 */
export function copySelection(selection: Selection): Selection {
  return selection.kind === 'tasks' ? { kind: 'tasks', ids: [...selection.ids] } : { ...selection };
}
