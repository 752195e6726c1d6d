import { describe, expect, it } from 'vitest';
import { copySelection } from './view.selection.js';
import type { Selection } from './view.types.js';

describe('copySelection', () => {
  it('gives a listener its own copy, so editing it does not change what the next click reports', () => {
    const kept: Selection = { kind: 'tasks', ids: ['t-2', 't-1'] };
    const given = copySelection(kept);
    expect(given).toEqual(kept);
    if (given.kind !== 'tasks') throw new Error('expected several tasks');
    given.ids.sort();
    given.ids.push('t-3');
    expect(kept).toEqual({ kind: 'tasks', ids: ['t-2', 't-1'] });

    const unit: Selection = { kind: 'unit', id: 'u-1' };
    const copy = copySelection(unit);
    expect(copy).toEqual(unit);
    expect(copy).not.toBe(unit);
  });
});
