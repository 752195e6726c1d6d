import type { Unit } from '../unit/unit.schema.js';
import { foldWidth } from './task-division.width.js';

/*
 * A unit name follows a small grammar: an optional jurisdiction prefix (区, 市, 海珠区 …), a body, and
 * an ending that names a kind of body (局, 委, 办, 街, 集团 …), optionally followed by a bracketed
 * second name (区委办（区政府办）). The grammar decides whether a line holds unit names or task text,
 * and where names glued together (沙园街龙凤街) split.
 */
const ENDINGS = [
  '委员会',
  '有关单位',
  '相关单位',
  '成员单位',
  '单位',
  '部门',
  '管委会',
  '办公室',
  '分局',
  '集团',
  '公司',
  '中心',
  '街道',
  '局',
  '委',
  '办',
  '街',
  '镇',
  '乡',
  '院',
  '队',
  '所',
  '会',
  '部',
  '处',
  '站',
  '厅',
  '署',
  '馆',
  '社',
  '团',
  '联',
  '协',
  '室',
  '组',
];
/** Endings that on their own make a name a body rather than words of a task. */
const STRONG_ENDINGS = new Set([
  '委员会',
  '管委会',
  '办公室',
  '分局',
  '集团',
  '街道',
  '街',
  '镇',
  '乡',
  '有关单位',
  '相关单位',
  '成员单位',
]);
const TERRITORIAL = new Set(['街道', '街', '镇', '乡']);
const PREFIX = /^(?:区|市|县|省|[\u4e00-\u9fff]{2,4}(?:省|市|区|县))/;
/** Characters a unit name may hold: Han, Latin letters, and a trailing bracket group. */
const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z]+(?:[（(][\u4e00-\u9fffA-Za-z、]{1,16}[）)])?$/;
const TRAILING_BRACKET = /[（(][^（）()]*[）)]$/;
const MAX_NAME = 24;

/** Endings by their last character, longest first: one map look-up instead of a scan. */
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const end of ENDINGS) {
  const last = end[end.length - 1] as string;
  const list = ENDINGS_BY_LAST.get(last) ?? [];
  list.push(end);
  list.sort((a, b) => b.length - a.length);
  ENDINGS_BY_LAST.set(last, list);
}

function ending(base: string): string | undefined {
  const list = ENDINGS_BY_LAST.get(base[base.length - 1] ?? '');
  if (list === undefined) return undefined;
  for (const end of list) if (base.length > end.length && base.endsWith(end)) return end;
  return undefined;
}

/** A cell that could hold unit names at all: Han or Latin names, brackets and separators only. */
const UNIT_CELL_CHARS = /^[\u4e00-\u9fffA-Za-z（）()\s、，,；;/／。.]+$/;

/**
 * How much a string looks like a unit name on its own: 0 not a name, 1 a possible name (ends like a
 * body: 博物馆, 管理所), 2 a confident name (区住建局, 沙园街, 区城发集团).
 */
export function unitNameScore(name: string): 0 | 1 | 2 {
  if (name.length < 2 || name.length > MAX_NAME || !NAME_CHARS.test(name)) return 0;
  const base = name.replace(TRAILING_BRACKET, '');
  const end = ending(base);
  if (end === undefined) return 0;
  if (PREFIX.test(base) && base.length >= 3) return 2;
  if (TERRITORIAL.has(end) && base.length >= 3 && base.length <= 8) return 2;
  if (STRONG_ENDINGS.has(end) && base.length >= 4) return 2;
  return 1;
}

/** Separators between unit names in one cell: spaces, 、 ， ； / and their ASCII forms (kept by split). */
const UNIT_SEPARATORS = /[\s、，,；;/／]+/;
const UNIT_SEPARATORS_KEPT = /([\s、，,；;/／]+)/;
const UNIT_SEPARATORS_ONLY = /^[\s、，,；;/／]+$/;
const TRAILING_NOISE = /(?:等(?:单位)?|[。.])+$/;
const UNIT_SEPARATORS_ONCE = /[\s、，,；;/／。.]/;

/**
 * Splits a cell into unit names: first at separators, then names glued together (沙园街龙凤街) at
 * name endings. A glued string splits only when every piece is a confident or known name, so
 * 区委宣传部 stays whole (宣传部 alone is not confident) while 区应急管理局区消防救援局 splits.
 */
export function splitUnitNames(cell: string, isKnown: (name: string) => boolean): string[] {
  if (cell !== '' && !UNIT_SEPARATORS_ONCE.test(cell) && cell.length <= MAX_NAME && !cell.includes('等')) {
    // The common case: one name, nothing to split at separators.
    return splitGlued(cell, isKnown);
  }
  const names: string[] = [];
  if (!cell.includes(')') && !cell.includes('）')) {
    // No bracketed qualifier to hold back: split at separators.
    for (const raw of cell.split(UNIT_SEPARATORS)) {
      const token = raw.replace(TRAILING_NOISE, '');
      if (token !== '') for (const piece of splitGlued(token, isKnown)) names.push(piece);
    }
    return names;
  }
  let held = '';
  for (const raw of cell.split(UNIT_SEPARATORS_KEPT)) {
    if (UNIT_SEPARATORS_ONLY.test(raw)) {
      // 各县（市）、区人民政府: a bracketed qualifier that names no body alone belongs with the next name.
      if (held !== '' && /^\s*[、]\s*$/.test(raw)) held += raw.trim();
      else if (held !== '') {
        names.push(held);
        held = '';
      }
      continue;
    }
    const token = raw.replace(TRAILING_NOISE, '');
    if (token === '') continue;
    if (held !== '') {
      names.push(held + token);
      held = '';
      continue;
    }
    if (/[)）]$/.test(token) && !isKnown(token) && unitNameScore(token) === 0 && token.length <= 8) {
      held = token;
      continue;
    }
    for (const piece of splitGlued(token, isKnown)) names.push(piece);
  }
  if (held !== '') names.push(held.replace(/、$/, ''));
  return names;
}

/**
 * A piece of a glued string stands alone when known, or when it is confident and (after the first
 * piece) starts like a name (a jurisdiction prefix) or is a street or town: so 琶洲管委会区发改局
 * splits but 区人大常委会办公室 does not split into 区人大常委 and 会办公室.
 */
function standsAlone(piece: string, first: boolean, isKnown: (name: string) => boolean): boolean {
  if (isKnown(piece)) return true;
  if (unitNameScore(piece) < 2) return false;
  if (first) return true;
  const base = piece.replace(TRAILING_BRACKET, '');
  const end = ending(base);
  return PREFIX.test(base) || (end !== undefined && TERRITORIAL.has(end));
}

function splitGlued(token: string, isKnown: (name: string) => boolean): string[] {
  if (token.length < 5 || isKnown(token) || !ENDINGS_BY_LAST.has(token[token.length - 1] ?? ''))
    return [token];
  // Fewest pieces (at least two), each standing alone: best[i] is a split of token[0, i).
  const best: (string[] | undefined)[] = new Array<string[] | undefined>(token.length + 1);
  best[0] = [];
  for (let i = 0; i < token.length; i++) {
    const head = best[i];
    if (head === undefined) continue;
    for (let j = i + 2; j <= token.length && j - i <= MAX_NAME; j++) {
      if ((i === 0 && j === token.length) || !ENDINGS_BY_LAST.has(token[j - 1] ?? '')) continue;
      const piece = token.slice(i, j);
      if (!standsAlone(piece, i === 0, isKnown)) continue;
      const prev = best[j];
      if (prev === undefined || prev.length > head.length + 1) best[j] = [...head, piece];
    }
  }
  const split = best[token.length];
  return split !== undefined && split.length > 1 ? split : [token];
}

/** A cell is a list of units when each name in it is at least a possible name (or a known one). */
export function unitListScore(cell: string, isKnown: (name: string) => boolean): 0 | 1 | 2 {
  if (!UNIT_CELL_CHARS.test(cell)) return 0;
  const names = splitUnitNames(cell, isKnown);
  if (names.length === 0) return 0;
  let min: 0 | 1 | 2 = 2;
  for (const name of names) {
    const score = isKnown(name) ? 2 : unitNameScore(name);
    if (score < min) min = score;
    if (min === 0) return 0;
  }
  return min;
}

const SPACES = /\s+/g;

function unitKey(name: string): string {
  const folded = foldWidth(name);
  return folded.includes(' ') || folded.includes('\t') ? folded.replace(SPACES, '') : folded;
}

/** FNV-1a: a stable short slug, so the same body gets the same id in every document parsed. */
function slug(name: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/** The units met while parsing one document, reusing known units by name or alias. */
export class UnitRegistry {
  private readonly byKey = new Map<string, Unit>();
  private readonly ids = new Set<string>();
  private readonly usedIds = new Set<string>();
  readonly used: Unit[] = [];

  constructor(
    private readonly jurisdictionId: string,
    private readonly idPrefix: string,
    knownUnits: readonly Unit[],
  ) {
    for (const unit of knownUnits) {
      this.ids.add(unit.id);
      for (const name of [unit.name, ...unit.aliases]) {
        const key = unitKey(name);
        if (!this.byKey.has(key)) this.byKey.set(key, unit);
      }
    }
  }

  /** Names as written, to skip normalising a name met before. */
  private readonly byName = new Map<string, Unit>();

  /** Whether the name is a known unit or one already read from this document. */
  readonly isKnown = (name: string): boolean => this.byName.has(name) || this.byKey.has(unitKey(name));

  /** The id of the unit with this name, creating the unit on first sight. */
  resolve(name: string): string {
    const seen = this.byName.get(name);
    if (seen !== undefined && this.usedIds.has(seen.id)) return seen.id;
    const key = unitKey(name);
    let unit = this.byKey.get(key);
    if (unit === undefined) {
      const base = `${this.idPrefix}${slug(key)}`;
      let id = base;
      for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
      unit = { id, jurisdictionId: this.jurisdictionId, name: name.trim(), aliases: [] };
      this.ids.add(id);
      this.byKey.set(key, unit);
    }
    this.byName.set(name, unit);
    if (!this.usedIds.has(unit.id)) {
      this.usedIds.add(unit.id);
      this.used.push(unit);
    }
    return unit.id;
  }
}
