import type { Indicator } from '../indicator/indicator.schema.js';
import { defaultIndicatorEntries } from './indicator-dictionary.defaults.js';
import type { IndicatorDictionary, IndicatorEntry, IndicatorMention } from './indicator-dictionary.types.js';

const SCALE_PREFIX = /^(万亿|百万|千万|亿|万|千|百)/;

/** The base unit of a unit written with a scale: 亿元 → 元, 万户 → 户, % → %. */
export function baseUnitOf(unit: string): string {
  const base = unit.replace(SCALE_PREFIX, '');
  return base === '' ? unit : base;
}

/** The base units a level of this entry may be written in. */
export function entryBaseUnits(entry: IndicatorEntry): string[] {
  return entry.baseUnits && entry.baseUnits.length > 0 ? entry.baseUnits : [baseUnitOf(entry.unit)];
}

/** The Dataset record for an entry (drops the reader-only fields). */
export function toIndicator(entry: IndicatorEntry): Indicator {
  const indicator: Indicator = {
    id: entry.id,
    name: entry.name,
    unit: entry.unit,
    direction: entry.direction,
    aliases: [...entry.aliases],
  };
  if (entry.nameEn !== undefined) indicator.nameEn = entry.nameEn;
  if (entry.inDictionary === false) indicator.inDictionary = false;
  return indicator;
}

// Latin letters are matched case-insensitively (gdp, Gdp); full-width letters are folded too, so
// a text can be searched as it stands without normalising it first.
function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
  const lower = half.toLowerCase();
  // Offsets into the folded text must be offsets into the text: keep the length.
  return lower.length === ch.length ? lower : ch;
}

function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += fold(ch);
  return out;
}

interface AliasRow {
  folded: string;
  indicatorId: string;
}

/**
 * Builds a dictionary from exactly these entries. Later entries with an id already present replace the earlier
 * one, so a user can redefine a default. An alias claimed by two entries goes to the later one.
 *
 * @throws Error when an entry has no id or name, naming the entry's index.
 */
export function buildIndicatorDictionary(entries: readonly IndicatorEntry[]): IndicatorDictionary {
  const byId = new Map<string, IndicatorEntry>();
  entries.forEach((entry, index) => {
    if (!entry.id || !entry.name || !entry.unit) {
      throw new Error(
        `[@luoshi/core] indicatorDictionary[${index}]: an entry needs "id", "name" and "unit" (got ${JSON.stringify(entry)})`,
      );
    }
    byId.set(entry.id, entry);
  });
  const aliasOwner = new Map<string, string>();
  for (const entry of byId.values()) {
    for (const alias of [entry.name, ...entry.aliases]) {
      const folded = foldText(alias.trim());
      if (folded) aliasOwner.set(folded, entry.id);
    }
  }
  // Aliases by first character, longest first, so the first hit at a position is the longest.
  const byFirst = new Map<string, AliasRow[]>();
  for (const [folded, indicatorId] of aliasOwner) {
    const first = folded[0] ?? '';
    const rows = byFirst.get(first) ?? [];
    rows.push({ folded, indicatorId });
    byFirst.set(first, rows);
  }
  for (const rows of byFirst.values()) rows.sort((a, b) => b.folded.length - a.folded.length);

  const list = [...byId.values()];
  return {
    entries: list,
    get: (id) => byId.get(id),
    findMentions(text: string): IndicatorMention[] {
      const folded = foldText(text);
      const mentions: IndicatorMention[] = [];
      let i = 0;
      while (i < folded.length) {
        const rows = byFirst.get(folded[i] ?? '');
        const hit = rows?.find((row) => folded.startsWith(row.folded, i));
        // A Latin alias must not be the inside of a longer Latin word (GDP in "GDPR").
        if (
          hit &&
          !(isLatin(hit.folded) && (isLatinAt(folded, i - 1) || isLatinAt(folded, i + hit.folded.length)))
        ) {
          mentions.push({
            indicatorId: hit.indicatorId,
            text: text.slice(i, i + hit.folded.length),
            offset: i,
            end: i + hit.folded.length,
          });
          i += hit.folded.length;
        } else {
          i += 1;
        }
      }
      return mentions;
    },
  };
}

function isLatin(text: string): boolean {
  return /^[a-z]/.test(text);
}

function isLatinAt(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && /[a-z]/.test(ch);
}

/** Options of {@link createIndicatorDictionary}. */
export interface CreateIndicatorDictionaryOptions {
  /** Start from {@link defaultIndicatorEntries}. Default: `true`. */
  includeDefaults?: boolean;
}

/**
 * A dictionary of the defaults plus `extra` entries: a user's own indicators, more aliases for a
 * default (give the same id with the full alias list), or a redefinition of a default by id.
 */
export function createIndicatorDictionary(
  extra: readonly IndicatorEntry[] = [],
  options: CreateIndicatorDictionaryOptions = {},
): IndicatorDictionary {
  const base = options.includeDefaults === false ? [] : defaultIndicatorEntries;
  return buildIndicatorDictionary([...base, ...extra]);
}

/** The headline indicators of work reports and plan reports (see {@link defaultIndicatorEntries}). */
export const defaultIndicatorDictionary: IndicatorDictionary =
  buildIndicatorDictionary(defaultIndicatorEntries);
