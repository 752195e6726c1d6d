/**
 * Term ids of character bigrams and trigrams, read straight from the text's character codes.
 * Indexing 100 000 tasks meets millions of grams; a string per gram and a `Map` lookup per string
 * cost more than the rest of the matching, so grams live in an open-addressing table of codes.
 */
export class GramIds {
  private first = new Uint16Array(1 << 16);
  private second = new Uint16Array(1 << 16);
  private third = new Uint16Array(1 << 16);
  /** Term id + 1 per slot; 0 is an empty slot. */
  private ids = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  private size = 0;

  /**
   * The id of the gram `text[start, end)` (2 or 3 characters), or the id `create` returns for
   * it when it is new (`create` receives the gram's text).
   */
  idOf(text: string, start: number, end: number, create: (gram: string) => number): number {
    const a = text.charCodeAt(start);
    const b = text.charCodeAt(start + 1);
    // Grams are read over CJK runs, so no gram character is 0: 0 marks a bigram's missing third.
    const c = end - start === 3 ? text.charCodeAt(start + 2) : 0;
    let slot = hash(a, b, c) & this.mask;
    for (;;) {
      const id = this.ids[slot] ?? 0;
      if (id === 0) break;
      if (this.first[slot] === a && this.second[slot] === b && this.third[slot] === c) return id - 1;
      slot = (slot + 1) & this.mask;
    }
    const id = create(text.slice(start, end));
    this.first[slot] = a;
    this.second[slot] = b;
    this.third[slot] = c;
    this.ids[slot] = id + 1;
    if (++this.size * 2 > this.mask) this.grow();
    return id;
  }

  private grow() {
    const { first, second, third, ids } = this;
    const capacity = ids.length * 2;
    this.first = new Uint16Array(capacity);
    this.second = new Uint16Array(capacity);
    this.third = new Uint16Array(capacity);
    this.ids = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let s = 0; s < ids.length; s++) {
      const id = ids[s] ?? 0;
      if (id === 0) continue;
      const a = first[s] ?? 0;
      const b = second[s] ?? 0;
      const c = third[s] ?? 0;
      let slot = hash(a, b, c) & this.mask;
      while ((this.ids[slot] ?? 0) !== 0) slot = (slot + 1) & this.mask;
      this.first[slot] = a;
      this.second[slot] = b;
      this.third[slot] = c;
      this.ids[slot] = id;
    }
  }
}

function hash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}
