import { foldForTerms, scanTerms, type TermKind, type TermLexicon } from './lineage.terms.js';
import { GramIds } from './lineage.grams.js';

const KIND_CODE: Record<TermKind, number> = { gram: 0, name: 1, number: 2, latin: 3 };
/** Kinds share one vocabulary; a prefix keeps the name 环岛路 apart from the trigram 环岛路. */
const KIND_PREFIX = ['', '\u0001', '\u0002', '\u0003'] as const;

/** The vocabulary key of a term. */
export function termKey(term: string, kind: TermKind): string {
  return KIND_PREFIX[KIND_CODE[kind]] + term;
}

/**
 * TF-IDF term vectors of a set of documents, in compressed rows: the terms of document `d` are
 * `ids[offsets[d] .. offsets[d + 1])`, sorted by id, with their L2-normalised `weights`.
 */
export interface TermMatrix {
  documents: number;
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
  /** Sum of each document's weights before normalisation (for containment scores). */
  mass: Float64Array;
  /** L2 norm of each document's weights before normalisation. */
  norms: Float64Array;
  /** Term id → vocabulary key. */
  keys: string[];
  /** Term id → number of documents holding it. */
  df: Int32Array;
  /** Term id → inverse document frequency used. */
  idf: Float64Array;
}

/** Above this share of documents a term is boilerplate whatever the stoplist says. */
const COMMON_SHARE = 0.2;
/** IDF raised to this power: rare names count for more than semi-common words. */
const IDF_POWER = 1.5;

class Growable {
  ids = new Int32Array(1024);
  boosts = new Float32Array(1024);
  counts = new Uint16Array(1024);
  length = 0;
  reserve(extra: number) {
    if (this.length + extra <= this.ids.length) return;
    const size = Math.max(this.ids.length * 2, this.length + extra);
    const ids = new Int32Array(size);
    ids.set(this.ids);
    const boosts = new Float32Array(size);
    boosts.set(this.boosts);
    const counts = new Uint16Array(size);
    counts.set(this.counts);
    this.ids = ids;
    this.boosts = boosts;
    this.counts = counts;
  }
}

/**
 * Builds TF-IDF vectors for `texts`. IDF is computed over all of them (both years of a lineage,
 * or tasks and report sentences together), so what is common in either list weighs little.
 */
export function buildTermMatrix(texts: readonly string[], lexicon: TermLexicon): TermMatrix {
  // Grams (most terms) get their ids from a table of character codes, other terms from their
  // prefixed text: no string is made for a gram unless it is new to the vocabulary.
  const gramIds = new GramIds();
  const otherIds = new Map<string, number>();
  const keys: string[] = [];
  const rows = new Growable();
  const offsets = new Int32Array(texts.length + 1);
  // Per term id: the last document that held it (plus one) and where in the rows it sits.
  let lastDoc = new Int32Array(4096);
  let slot = new Int32Array(4096);
  let d = 0;

  const add = (id: number, boost: number) => {
    if (lastDoc[id] !== d + 1) {
      lastDoc[id] = d + 1;
      rows.reserve(1);
      slot[id] = rows.length;
      rows.ids[rows.length] = id;
      rows.boosts[rows.length] = boost;
      rows.counts[rows.length] = 1;
      rows.length++;
      return;
    }
    const at = slot[id] ?? 0;
    rows.boosts[at] = Math.max(rows.boosts[at] ?? 0, boost);
    rows.counts[at] = Math.min(65535, (rows.counts[at] ?? 0) + 1);
  };
  const newId = (key: string): number => {
    const id = keys.length;
    keys.push(key);
    if (id >= lastDoc.length) {
      const grownLast = new Int32Array(lastDoc.length * 2);
      grownLast.set(lastDoc);
      lastDoc = grownLast;
      const grownSlot = new Int32Array(slot.length * 2);
      grownSlot.set(slot);
      slot = grownSlot;
    }
    return id;
  };
  const visitOther = (term: string, kind: TermKind, boost: number) => {
    const key = termKey(term, kind);
    let id = otherIds.get(key);
    if (id === undefined) {
      id = newId(key);
      otherIds.set(key, id);
    }
    add(id, boost);
  };
  let text = '';
  const visitGram = (boost: number, start: number, end: number) =>
    add(gramIds.idOf(text, start, end, newId), boost);

  for (d = 0; d < texts.length; d++) {
    text = foldForTerms(texts[d] ?? '');
    scanTerms(text, lexicon, visitOther, visitGram);
    sortRow(rows, offsets[d] ?? 0, rows.length);
    offsets[d + 1] = rows.length;
  }

  const total = rows.length;
  const df = new Int32Array(keys.length);
  for (let i = 0; i < total; i++) {
    const t = rows.ids[i] ?? 0;
    df[t] = (df[t] ?? 0) + 1;
  }
  const n = texts.length;
  const idf = new Float64Array(keys.length);
  for (let t = 0; t < keys.length; t++) {
    const f = df[t] ?? 1;
    idf[t] = Math.log(1 + n / f) ** IDF_POWER * (f > COMMON_SHARE * n && n >= 20 ? 0.5 : 1);
  }

  const ids = rows.ids.slice(0, total);
  const weights = new Float32Array(total);
  const mass = new Float64Array(n);
  const norms = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    const from = offsets[d] ?? 0;
    const to = offsets[d + 1] ?? 0;
    let sum = 0;
    let squares = 0;
    for (let i = from; i < to; i++) {
      const w = (rows.boosts[i] ?? 0) * (1 + Math.log(rows.counts[i] ?? 1)) * (idf[ids[i] ?? 0] ?? 0);
      weights[i] = w;
      sum += w;
      squares += w * w;
    }
    const norm = Math.sqrt(squares);
    mass[d] = sum;
    norms[d] = norm;
    if (norm > 0) for (let i = from; i < to; i++) weights[i] = (weights[i] ?? 0) / norm;
  }
  return { documents: n, offsets, ids, weights, mass, norms, keys, df, idf };
}

/** Room for a row of up to 2^21 distinct terms beside ids up to 2^31 in a float64. */
const ROW_SLOTS = 2 ** 21;
let packed = new Float64Array(256);

/** Sorts one row's entries by term id: ids and positions packed into one number, sorted natively. */
function sortRow(rows: Growable, from: number, to: number) {
  const length = to - from;
  if (length < 2) return;
  if (packed.length < length) packed = new Float64Array(length * 2);
  for (let i = 0; i < length; i++) packed[i] = (rows.ids[from + i] ?? 0) * ROW_SLOTS + i;
  const view = packed.subarray(0, length).sort();
  const boosts = rows.boosts.slice(from, to);
  const counts = rows.counts.slice(from, to);
  for (let i = 0; i < length; i++) {
    const v = view[i] ?? 0;
    const k = v % ROW_SLOTS;
    rows.ids[from + i] = (v - k) / ROW_SLOTS;
    rows.boosts[from + i] = boosts[k] ?? 0;
    rows.counts[from + i] = counts[k] ?? 0;
  }
}

/** An inverted index: for each term, the documents of a range that hold it, with their weights. */
export interface Postings {
  /** Documents holding term `t` are `docs[offsets[t] .. offsets[t + 1])`, in ascending order. */
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
}

/** Indexes documents `[from, to)` of a matrix by term. */
export function buildPostings(matrix: TermMatrix, from: number, to: number): Postings {
  const terms = matrix.keys.length;
  const offsets = new Int32Array(terms + 1);
  for (let d = from; d < to; d++) {
    for (let i = matrix.offsets[d] ?? 0; i < (matrix.offsets[d + 1] ?? 0); i++) {
      const slot = (matrix.ids[i] ?? 0) + 1;
      offsets[slot] = (offsets[slot] ?? 0) + 1;
    }
  }
  for (let t = 0; t < terms; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
  const fill = offsets.slice(0, terms);
  const size = offsets[terms] ?? 0;
  const docs = new Int32Array(size);
  const weights = new Float32Array(size);
  for (let d = from; d < to; d++) {
    for (let i = matrix.offsets[d] ?? 0; i < (matrix.offsets[d + 1] ?? 0); i++) {
      const t = matrix.ids[i] ?? 0;
      const at = fill[t] ?? 0;
      docs[at] = d;
      weights[at] = matrix.weights[i] ?? 0;
      fill[t] = at + 1;
    }
  }
  return { offsets, docs, weights };
}

/**
 * What two documents share, by merging their rows (sorted by term id, so memory is read in order):
 * `cosine`, the sum of the products of their normalised weights; or `coverage`, the share of `a`'s
 * squared weight held by the terms it shares with `b`.
 */
export function sharedWeight(
  matrix: TermMatrix,
  a: number,
  b: number,
  measure: 'cosine' | 'coverage',
): number {
  const own = measure === 'coverage';
  let sum = 0;
  let i = matrix.offsets[a] ?? 0;
  let j = matrix.offsets[b] ?? 0;
  const iEnd = matrix.offsets[a + 1] ?? 0;
  const jEnd = matrix.offsets[b + 1] ?? 0;
  while (i < iEnd && j < jEnd) {
    const x = matrix.ids[i] ?? 0;
    const y = matrix.ids[j] ?? 0;
    if (x === y) {
      const w = matrix.weights[i++] ?? 0;
      const v = matrix.weights[j++] ?? 0;
      sum += own ? w * w : w * v;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** The shared terms of two documents with each one's contribution to their cosine, largest first. */
export function sharedTerms(
  matrix: TermMatrix,
  a: number,
  b: number,
): { id: number; contribution: number }[] {
  const out: { id: number; contribution: number }[] = [];
  let i = matrix.offsets[a] ?? 0;
  let j = matrix.offsets[b] ?? 0;
  const iEnd = matrix.offsets[a + 1] ?? 0;
  const jEnd = matrix.offsets[b + 1] ?? 0;
  while (i < iEnd && j < jEnd) {
    const x = matrix.ids[i] ?? 0;
    const y = matrix.ids[j] ?? 0;
    if (x === y) {
      out.push({ id: x, contribution: (matrix.weights[i] ?? 0) * (matrix.weights[j] ?? 0) });
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.sort((p, q) => q.contribution - p.contribution || p.id - q.id);
}
