/**
 * How the units of government documents are written in each language. Chinese keeps the document's
 * unit (3008.35亿元); English rescales 万 and 亿 into words a reader knows (300.835 billion yuan),
 * exactly, by moving the decimal point.
 */
export interface UnitFormat {
  /** The suffix after the number in Chinese (no space). */
  zh: string;
  /** The suffix after the number in English (with its leading space, or none for `%`). */
  en: string;
  /** The power of ten the value is multiplied by for English (亿元 → billion yuan is −1). Default 0. */
  enScale?: number;
}

/** The units luoshi knows; others are written as they come, after the number. */
export const defaultUnitFormats: Readonly<Record<string, UnitFormat>> = {
  '%': { zh: '%', en: '%' },
  亿元: { zh: '亿元', en: ' billion yuan', enScale: -1 },
  万元: { zh: '万元', en: ' yuan', enScale: 4 },
  元: { zh: '元', en: ' yuan' },
  亿美元: { zh: '亿美元', en: ' billion US dollars', enScale: -1 },
  万人: { zh: '万人', en: ' people', enScale: 4 },
  人: { zh: '人', en: ' people' },
  万人次: { zh: '万人次', en: ' visits', enScale: 4 },
  亿人次: { zh: '亿人次', en: ' million visits', enScale: 2 },
  万户: { zh: '万户', en: ' households', enScale: 4 },
  户: { zh: '户', en: ' households' },
  万套: { zh: '万套', en: ' homes', enScale: 4 },
  套: { zh: '套', en: ' homes' },
  个: { zh: '个', en: '' },
  家: { zh: '家', en: ' firms' },
  项: { zh: '项', en: ' projects' },
  场: { zh: '场', en: ' events' },
  件: { zh: '件', en: ' cases' },
  所: { zh: '所', en: ' schools' },
  P: { zh: 'P', en: ' PFLOPS' },
  万平方米: { zh: '万平方米', en: ' m²', enScale: 4 },
  平方米: { zh: '平方米', en: ' m²' },
  公里: { zh: '公里', en: ' km' },
  千米: { zh: '千米', en: ' km' },
  公顷: { zh: '公顷', en: ' ha' },
  天: { zh: '天', en: ' days' },
};

/** The format of a unit: a known one, or the unit itself after the number. */
export function unitFormat(
  unit: string,
  formats: Readonly<Record<string, UnitFormat>> = defaultUnitFormats,
): UnitFormat {
  return formats[unit] ?? { zh: unit, en: ` ${unit}` };
}

/** Growth and shares are rates, whose gaps are percentage points; everything else is a level. */
export function isRateUnit(unit: string): boolean {
  return unit === '%' || unit === '％';
}
