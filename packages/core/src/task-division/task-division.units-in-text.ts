import { END_BRACKET, LABEL, labelRole, VERB_PART, type ColumnRole } from './task-division.lines.js';
import { splitUnitNames, unitListScore, unitNameScore } from './task-division.units.js';

/** Units named in a task line, with their role, and where the task's own text ends. */
export interface UnitsInText {
  /** Where the task text ends in the line (the units follow). */
  textEnd: number;
  parts: { role: ColumnRole; value: string; label?: string }[];
}

/**
 * Labelled units after the text: `…工作。牵头单位：区发改局；配合单位：区财政局`. Returns undefined
 * when the line holds no label.
 */
export function labelledUnits(raw: string, norm: string, hasLeadLabel: boolean): UnitsInText | undefined {
  if (!norm.includes(':')) return undefined;
  LABEL.lastIndex = 0;
  const found: { index: number; end: number; label: string }[] = [];
  for (let m = LABEL.exec(norm); m !== null; m = LABEL.exec(norm)) {
    found.push({ index: m.index, end: m.index + m[0].length, label: m[1] ?? '' });
  }
  if (found.length === 0) return undefined;
  const first = found[0];
  if (first === undefined) return undefined;
  // An opening bracket right before the first label belongs to the units, not to the text.
  let textEnd = first.index;
  const before = norm.slice(0, textEnd).trimEnd();
  const opened = before.endsWith('(') || before.endsWith('[');
  if (opened) textEnd = before.length - 1;
  const parts: UnitsInText['parts'] = [];
  let leadSeen = hasLeadLabel;
  for (let i = 0; i < found.length; i++) {
    const here = found[i];
    if (here === undefined) continue;
    const stop = found[i + 1]?.index ?? raw.length;
    let value = raw.slice(here.end, stop);
    // The bracket the units were opened with closes after the last of them.
    if (opened && i === found.length - 1) value = value.replace(/[)）\]］]\s*[。.;；]?\s*$/, '');
    value = value.replace(/^[\s:：]+|[\s;；,，。.]+$/g, '');
    const role = labelRole(here.label, leadSeen);
    if (role === 'lead') leadSeen = true;
    parts.push({ role, value, label: here.label });
  }
  return { textEnd, parts };
}

/**
 * Units in a bracket that closes the line, in verb form: `（区发改局牵头）`,
 * `（区发改局牵头，区财政局、区住建局配合）`. Returns undefined when the bracket is part of the
 * text (`（宝业路）`).
 */
export function bracketUnits(
  raw: string,
  norm: string,
  isKnown: (name: string) => boolean,
): UnitsInText | undefined {
  if (norm.lastIndexOf(')') < norm.length - 4) return undefined;
  const m = END_BRACKET.exec(norm);
  if (m === null) return undefined;
  const start = m.index + 1;
  const inner = raw.slice(start, start + (m[1] ?? '').length);
  const parts: UnitsInText['parts'] = [];
  for (const clause of inner.split(/[;；,，]/)) {
    const part = clause.trim();
    if (part === '') continue;
    const verb = VERB_PART.exec(part);
    if (verb === null) return undefined;
    const value = verb[1] ?? '';
    if (unitListScore(value, isKnown) === 0) return undefined;
    const kind = verb[2] ?? '';
    parts.push({ role: kind === '牵头' || kind === '负责' || kind === '主责' ? 'lead' : 'support', value });
  }
  if (!parts.some((part) => part.role === 'lead')) return undefined;
  return { textEnd: m.index, parts };
}

/** `……。由市财政局、农业局，各县（市）、区人民政府负责落实。` */
const BY_UNITS = /由([^。;由]{2,100}?)(?:牵头)?负责(?:落实|实施|推进|完成|办理)?\s*[。.;]?\s*$/;

/**
 * Units named in an older list's closing sentence, `由…负责落实`: every body named shares the
 * responsibility, so all lead. Returns undefined unless at least one of them is a unit name.
 */
export function byUnits(
  raw: string,
  norm: string,
  isKnown: (name: string) => boolean,
): UnitsInText | undefined {
  if (!norm.includes('由')) return undefined;
  const m = BY_UNITS.exec(norm);
  if (m === null) return undefined;
  const start = m.index + 1;
  const value = raw.slice(start, start + (m[1] ?? '').length);
  const names = splitUnitNames(value, isKnown);
  if (!names.some((name) => isKnown(name) || unitNameScore(name) > 0)) return undefined;
  return { textEnd: m.index, parts: [{ role: 'lead', value, label: '由' }] };
}
