import { foldForTerms, scanTerms, type TermKind, type TermLexicon } from './lineage.terms.js';
import { termKey } from './lineage.vectors.js';

/** Below this share of the summed contribution a shared run (一批, 加快) is not worth showing. */
const MIN_SHARE = 0.04;
/** Grams weighing less (boilerplate, bridges over it, generic endings) do not make a stretch. */
const CONTENT_BOOST = 0.75;

/** A text's term occurrences, scanned once to explain several matches of it. */
export interface ScannedText {
  text: string;
  folded: string;
  occurrences: { key: string; kind: TermKind; boost: number; start: number; end: number }[];
}

/** Scans `text` for {@link readableSharedTerms}. */
export function scanText(text: string, lexicon: TermLexicon): ScannedText {
  const folded = foldForTerms(text);
  const occurrences: ScannedText['occurrences'] = [];
  scanTerms(folded, lexicon, (term, kind, boost, start, end) => {
    occurrences.push({ key: termKey(term, kind), kind, boost, start, end });
  });
  return { text, folded, occurrences };
}

/**
 * The shared terms of two texts as a reader would name them: whole names first, then the longest
 * stretches of the text covered by shared n-grams (环岛路沙渡路 rather than 环岛, 岛路, 环岛路 …).
 *
 * @param text the text the stretches are read from (the newer task, or the task of an evidence),
 *   or that text already scanned with {@link scanText}.
 * @param contributions vocabulary key → contribution of the shared term to the score.
 */
export function readableSharedTerms(
  text: string | ScannedText,
  contributions: ReadonlyMap<string, number>,
  lexicon: TermLexicon,
  limit: number,
): string[] {
  const scanned = typeof text === 'string' ? scanText(text, lexicon) : text;
  const { folded } = scanned;
  const covered = new Float64Array(folded.length);
  const named: { term: string; weight: number; start: number; end: number }[] = [];
  const seenGram = new Set<string>();
  for (const { key, kind, boost, start, end } of scanned.occurrences) {
    const contribution = contributions.get(key);
    if (contribution === undefined) continue;
    if (kind === 'gram') {
      if (boost < CONTENT_BOOST) continue;
      // A gram's weight goes to its first character so a run sums each shared gram once.
      const share = seenGram.has(key) ? 0 : contribution;
      seenGram.add(key);
      covered[start] = (covered[start] ?? 0) + share;
      for (let k = start + 1; k < end; k++) covered[k] = Math.max(covered[k] ?? 0, 1e-12);
      continue;
    }
    named.push({ term: scanned.text.slice(start, end), weight: contribution, start, end });
  }

  let total = 0;
  for (const c of contributions.values()) total += c;
  const out: { term: string; weight: number }[] = [];
  const seen = new Set<string>();
  const push = (term: string, weight: number) => {
    if (seen.has(term) || weight < MIN_SHARE * total) return;
    seen.add(term);
    out.push({ term, weight });
  };
  for (const n of named.sort((a, b) => b.weight - a.weight || a.start - b.start))
    push(n.term, n.weight * 1.5);
  for (let i = 0; i < folded.length;) {
    if ((covered[i] ?? 0) === 0) {
      i++;
      continue;
    }
    let j = i;
    let weight = 0;
    while (j < folded.length && (covered[j] ?? 0) > 0) weight += covered[j++] ?? 0;
    const run = scanned.text.slice(i, j);
    if (j - i >= 2 && !out.some((o) => o.term.includes(run))) push(run, weight);
    i = j;
  }
  return out
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, limit)
    .map((o) => o.term);
}

/** Contributions by vocabulary key, from shared term ids. */
export function contributionsByKey(
  keys: readonly string[],
  shared: readonly { id: number; contribution: number }[],
): Map<string, number> {
  const map = new Map<string, number>();
  for (const s of shared) map.set(keys[s.id] ?? '', s.contribution);
  return map;
}
