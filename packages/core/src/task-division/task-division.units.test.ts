import { describe, expect, it } from 'vitest';
import { splitUnitNames, unitNameScore } from './task-division.units.js';

const noneKnown = (): boolean => false;

describe('unit names', () => {
  it.each([
    ['沙园街龙凤街', ['沙园街', '龙凤街']],
    ['区应急管理局区消防救援局', ['区应急管理局', '区消防救援局']],
    ['琶洲管委会区发改局', ['琶洲管委会', '区发改局']],
    ['区科工商信局 区城发集团', ['区科工商信局', '区城发集团']],
    ['区发改局、区财政局，区住建局等', ['区发改局', '区财政局', '区住建局']],
    ['区委宣传部', ['区委宣传部']],
    ['区委政法委', ['区委政法委']],
    ['区人大常委会办公室', ['区人大常委会办公室']],
    ['区城管和执法局', ['区城管和执法局']],
    ['素社街', ['素社街']],
    ['区委办（区政府办）', ['区委办（区政府办）']],
  ])('splits %s', (cell, names) => {
    expect(splitUnitNames(cell, noneKnown)).toEqual(names);
  });

  it('splits at a known name even where the grammar alone would not', () => {
    const known = new Set(['琶洲实验室', '区发改局']);
    expect(splitUnitNames('琶洲实验室区发改局', (name) => known.has(name))).toEqual([
      '琶洲实验室',
      '区发改局',
    ]);
  });

  it.each([
    ['区住建局', 2],
    ['区规划资源分局', 2],
    ['琶洲管委会', 2],
    ['区城发集团', 2],
    ['凤阳街', 2],
    ['琶洲实验室', 1],
    ['花市博物馆', 1],
    ['成具有“烟火气”的国际品质大道', 0],
    ['江南文商综合二期（西华工业区）', 0],
    ['游体验', 0],
    ['19个旧厂', 0],
    ['局', 0],
  ] as const)('scores %s as %i', (name, score) => {
    expect(unitNameScore(name)).toBe(score);
  });
});
