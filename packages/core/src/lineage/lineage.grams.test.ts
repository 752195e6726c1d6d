import { describe, expect, it } from 'vitest';
import { GramIds } from './lineage.grams.js';
import { compileTermOptions, foldForTerms, scanTerms } from './lineage.terms.js';

describe('GramIds', () => {
  it('gives each distinct bigram and trigram one id, the same one after the table grows', () => {
    const ids = new GramIds();
    const grams: string[] = [];
    const create = (gram: string) => {
      grams.push(gram);
      return grams.length - 1;
    };
    // 80 000 grams: the table starts at 65 536 slots and grows when half full.
    const text = Array.from({ length: 40_000 }, (_, i) => String.fromCharCode(0x4e00 + (i % 20_000))).join(
      '',
    );
    const first = new Map<string, number>();
    for (let i = 0; i + 3 <= text.length; i += 1) {
      for (const length of [2, 3]) {
        const gram = text.slice(i, i + length);
        const id = ids.idOf(text, i, i + length, create);
        if (first.has(gram)) expect(id).toBe(first.get(gram));
        else first.set(gram, id);
        expect(grams[id]).toBe(gram);
      }
    }
    expect(grams.length).toBe(first.size);
    expect(new Set(grams).size).toBe(grams.length);
    // A bigram is never confused with the trigram that starts with it.
    expect(ids.idOf('琶洲', 0, 2, create)).not.toBe(ids.idOf('琶洲路', 0, 3, create));
  });
});

describe('scanTerms', () => {
  it('reads the same terms when a visitor scans another text while it runs', () => {
    const lexicon = compileTermOptions();
    const collect = (text: string) => {
      const out: string[] = [];
      scanTerms(foldForTerms(text), lexicon, (term, kind) => out.push(`${kind}:${term}`));
      return out;
    };
    const outer = '推进环岛路沙渡路—南洲路段建设';
    const inner = '加快琶洲数字文化创意中心开业运营';
    const alone = collect(outer);
    const nested: string[] = [];
    scanTerms(foldForTerms(outer), lexicon, (term, kind) => {
      nested.push(`${kind}:${term}`);
      collect(inner);
    });
    expect(nested).toEqual(alone);
    expect(alone).toContain('name:环岛路沙渡路—南洲路段');
  });
});
