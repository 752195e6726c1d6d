import { describe, expect, it } from 'vitest';
import { Indicator } from '../indicator/indicator.schema.js';
import {
  baseUnitOf,
  createIndicatorDictionary,
  defaultIndicatorDictionary,
  toIndicator,
} from './indicator-dictionary.js';

const ids = (text: string) =>
  defaultIndicatorDictionary.findMentions(text).map((m) => [m.indicatorId, m.text]);

describe('defaultIndicatorDictionary', () => {
  it.each([
    ['地区生产总值增长5.5%', 'gdp', '地区生产总值'],
    ['gdp增长5%', 'gdp', 'gdp'],
    ['GDP增长5%', 'gdp', 'GDP'],
    ['经济增长5%左右', 'gdp', '经济增长'],
    ['地方一般公共预算收入增长1.0%', 'general-budget-revenue', '地方一般公共预算收入'],
    ['区级一般公共预算收入', 'general-budget-revenue', '区级一般公共预算收入'],
    ['全口径税收总额328.46亿元', 'tax-revenue', '全口径税收总额'],
    ['外贸进出口总值540.8亿元', 'foreign-trade', '外贸进出口总值'],
    ['商品进出口增长3%', 'foreign-trade', '商品进出口'],
    ['市场主体35万户', 'market-entities', '市场主体'],
    ['城镇新增就业3.23万人', 'urban-new-jobs', '城镇新增就业'],
    ['实际利用外资10.6亿元', 'foreign-investment', '实际利用外资'],
    ['城乡居民人均可支配收入增长', 'disposable-income', '城乡居民人均可支配收入'],
    ['CPI涨幅3%左右', 'cpi', 'CPI涨幅'],
    ['单位GDP能耗下降3%', 'energy-intensity', '单位GDP能耗'],
    ['城镇调查失业率5.5%以内', 'surveyed-unemployment', '城镇调查失业率'],
  ])('finds the longest alias in %s', (text, id, alias) => {
    expect(ids(text)[0]).toEqual([id, alias]);
  });

  it('finds every mention left to right, with offsets into the text as given', () => {
    const text = '地区生产总值、固定资产投资、一般公共预算收入';
    const mentions = defaultIndicatorDictionary.findMentions(text);
    expect(mentions.map((m) => m.indicatorId)).toEqual([
      'gdp',
      'fixed-asset-investment',
      'general-budget-revenue',
    ]);
    for (const m of mentions) expect(text.slice(m.offset, m.end)).toBe(m.text);
  });

  it('does not find a Latin alias inside a longer word', () => {
    expect(ids('GDPR合规')).toEqual([]);
  });

  it('gives directions: energy use and unemployment go down, CPI has a target', () => {
    expect(defaultIndicatorDictionary.get('energy-intensity')?.direction).toBe('decrease');
    expect(defaultIndicatorDictionary.get('surveyed-unemployment')?.direction).toBe('decrease');
    expect(defaultIndicatorDictionary.get('cpi')?.direction).toBe('target');
  });

  it('every entry is a valid Indicator', () => {
    for (const entry of defaultIndicatorDictionary.entries)
      expect(Indicator.safeParse(toIndicator(entry)).success).toBe(true);
  });
});

describe('createIndicatorDictionary', () => {
  it('extends the defaults with a user’s indicators', () => {
    const dictionary = createIndicatorDictionary([
      { id: 'compute', name: '可调度算力', unit: 'P', direction: 'increase', aliases: ['智能算力'] },
    ]);
    expect(dictionary.findMentions('智能算力达6000P与地区生产总值').map((m) => m.indicatorId)).toEqual([
      'compute',
      'gdp',
    ]);
  });

  it('redefines a default by id', () => {
    const dictionary = createIndicatorDictionary([
      { id: 'gdp', name: '地区生产总值', unit: '万元', direction: 'increase', aliases: ['GRP'] },
    ]);
    expect(dictionary.get('gdp')?.unit).toBe('万元');
    expect(dictionary.findMentions('GRP').map((m) => m.indicatorId)).toEqual(['gdp']);
    expect(dictionary.findMentions('经济增长')).toEqual([]);
  });

  it('can start empty', () => {
    expect(createIndicatorDictionary([], { includeDefaults: false }).findMentions('地区生产总值')).toEqual(
      [],
    );
  });

  it('says which entry is wrong', () => {
    expect(() =>
      createIndicatorDictionary([{ id: '', name: 'x', unit: '个', direction: 'increase', aliases: [] }]),
    ).toThrow(/indicatorDictionary\[\d+\]/);
  });

  it('knows base units', () => {
    expect([baseUnitOf('亿元'), baseUnitOf('万户'), baseUnitOf('%'), baseUnitOf('万')]).toEqual([
      '元',
      '户',
      '%',
      '万',
    ]);
  });
});
