import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDocumentFacts, levelOfName } from './document.detect.js';

const seed = (name: string) =>
  readFileSync(new URL(`../../../fixtures/sources/${name}`, import.meta.url), 'utf8');

describe('detectDocumentFacts', () => {
  it.each([
    ['haizhu-2024-task-division.txt', undefined, 2024],
    ['haizhu-2025-task-division.txt', undefined, 2025],
    // Reviews 2024 and plans 2025: the document is 2025's.
    ['haizhu-2025-plan-report.txt', '海珠区', 2025],
    ['haizhu-2024-work-report.txt', '海珠区', 2024],
    ['yuexiu-2024-work-report.txt', '越秀区', 2024],
  ])('reads the place and year of %s', (file, place, year) => {
    const facts = detectDocumentFacts(seed(file));
    expect(facts.year).toBe(year);
    expect(facts.jurisdictionName).toBe(place);
  });

  it.each([
    ['广州市海珠区人民政府关于印发2025年重点工作的通知', '海珠区', 'district', 2025],
    ['越秀区2024年政府工作报告', '越秀区', 'district', 2024],
    [
      '2023年深圳市政府工作报告\n——2023年1月在深圳市第七届人民代表大会第三次会议上\n深圳市市长',
      '深圳市',
      'city',
      2023,
    ],
    ['浙江省人民政府关于2024年政府工作报告重点任务责任分工的通知', '浙江省', 'province', 2024],
  ])('finds the place and year in %s', (text, name, level, year) => {
    expect(detectDocumentFacts(text)).toMatchObject({
      jurisdictionName: name,
      jurisdictionLevel: level,
      year,
    });
  });

  it('guesses nothing from a text that names no place', () => {
    expect(
      detectDocumentFacts('序号\t重点任务\t牵头单位\n1\t建设花市博物馆\t区住建局').jurisdictionName,
    ).toBeUndefined();
  });

  it('does not take a verb or an office before 人民政府 for a place', () => {
    const notice = [
      '区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知',
      '2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意，现印发给你们。',
      '蔡甸区人民政府办公室',
    ].join('\n');
    expect(detectDocumentFacts(notice).jurisdictionName).toBe('蔡甸区');
    expect(
      detectDocumentFacts('赵建才市长代表市政府所作的政府工作报告已经审议通过').jurisdictionName,
    ).toBeUndefined();
  });

  it('knows the levels of place names', () => {
    expect(['广东省', '广州市', '海珠区', '从化县', '沙园街道', '某某'].map(levelOfName)).toEqual([
      'province',
      'city',
      'district',
      'county',
      'township',
      'other',
    ]);
  });
});
