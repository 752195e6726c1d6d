import type { JurisdictionLevel } from '../jurisdiction/jurisdiction.schema.js';

/** What the first lines of a document say about it. */
export interface DocumentFacts {
  /** The title: the first line that names a report or a task list. */
  title?: string;
  /** The jurisdiction the document speaks for (海珠区), when its title or issuer names one. */
  jurisdictionName?: string;
  jurisdictionLevel?: JurisdictionLevel;
  /** The latest year the title names (区政府2025年重点工作 → 2025; …2024年…执行情况与2025年计划草案 → 2025). */
  year?: number;
}

const LEVELS: [RegExp, JurisdictionLevel][] = [
  [/省$/, 'province'],
  [/(自治区|特别行政区)$/, 'province'],
  [/市$/, 'city'],
  [/(区|旗)$/, 'district'],
  [/县$/, 'county'],
  [/(镇|乡|街道)$/, 'township'],
];

/** The administrative level a Chinese place name ends with (海珠区 → district). */
export function levelOfName(name: string): JurisdictionLevel {
  return LEVELS.find(([re]) => re.test(name))?.[1] ?? 'other';
}

const TITLE = /(政府工作报告|计划执行情况|计划草案|责任分工|任务分工|重点工作|重点任务|工作报告)/;
// A place name right before 人民政府 / 政府 / 区长, or at the start of a title line (海珠区2024年…).
// A place-name character: a Han character that is not one of the function words around a name.
const C = '(?:(?![年月日的在和与及于关第届次会上报告])[\\u4e00-\\u9fff])';
const PLACE = new RegExp(
  `(${C}{1,8}?(?:自治区|特别行政区|省|市|区|县|旗))(?:人民政府|政府|区长|市长|县长|发展和改革局|\\d{4}年)`,
);
// 在广州市海珠区第十七届人民代表大会…: the congress a report was delivered to names its place.
const CONGRESS = new RegExp(
  `在(${C}{2,12}?(?:自治区|特别行政区|省|市|区|县|旗))第[一二三四五六七八九十百]+届`,
);
const NOT_PLACE = /^(本|全|我|各|该|城|社|园|片|经|报经|由|向|对|据|新区|小区|景区|试验区|开发区)/;
/** A match that runs over an office or a verb (赵建才市长代表市政府) is a sentence, not a place. */
const NOT_IN_PLACE = /市长|区长|县长|省长|代表|主任|同意|印发/;

/**
 * Reads the title, jurisdiction and year from a document's first lines. Guesses, never inventions:
 * anything not found is left out, and the CLI asks for it (`--jurisdiction`, `--year`).
 */
export function detectDocumentFacts(text: string): DocumentFacts {
  const head = text
    .slice(0, 6000)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 60);
  const facts: DocumentFacts = {};
  const titleLine = head.find((l) => TITLE.test(l) && l.length <= 80);
  if (titleLine) facts.title = titleLine.replace(/^[#*\s]+|[*\s]+$/g, '');
  for (const line of titleLine ? [titleLine, ...head] : head) {
    const match = PLACE.exec(line) ?? CONGRESS.exec(line);
    if (match?.[1] && !NOT_PLACE.test(match[1]) && !NOT_IN_PLACE.test(match[1])) {
      // The shortest tail that is still a place: 广州市海珠区 → 海珠区.
      const name =
        /([\u4e00-\u9fff]{1,6}?(?:自治区|特别行政区|省|市|区|县|旗))$/.exec(
          match[1].replace(/^.*?(?:省|市)(?=[\u4e00-\u9fff]{1,6}(?:区|县)$)/, ''),
        )?.[1] ?? match[1];
      facts.jurisdictionName = name;
      facts.jurisdictionLevel = levelOfName(name);
      break;
    }
  }
  // The latest year a title names: …2024年…执行情况与2025年计划草案的报告 plans 2025. Below the
  // title only the first year is trusted (a date line, not the 2035年远景目标 of the text).
  const yearsIn = (t: string) => [...t.matchAll(/(20\d{2}|19\d{2})年/g)].map((m) => Number(m[1]));
  const titleYears = titleLine ? yearsIn(titleLine) : [];
  const year = titleYears.length > 0 ? Math.max(...titleYears) : yearsIn(head.join(' '))[0];
  if (year !== undefined) facts.year = year;
  return facts;
}
