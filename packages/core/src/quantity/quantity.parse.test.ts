import { describe, expect, it } from 'vitest';
import { parseQuantity } from './quantity.parse.js';
import { seedText } from './quantity.seeds.test-helper.js';
import type { Quantity } from './quantity.types.js';

const T25 = 'haizhu-2025-task-division.txt';
const P25 = 'haizhu-2025-plan-report.txt';
const W24 = 'haizhu-2024-work-report.txt';
const YX = 'yuexiu-2024-work-report.txt';

type Expected = Pick<Quantity, 'value' | 'unit' | 'absolute' | 'comparator' | 'change'> &
  Partial<Pick<Quantity, 'qualifiers' | 'max' | 'delta' | 'basis' | 'figure'>>;

const g = (value: number, extra: Partial<Expected> = {}): Expected => ({
  value,
  unit: '%',
  absolute: value,
  comparator: 'eq',
  change: 'growth',
  delta: value,
  ...extra,
});
const lv = (value: number, unit: string, absolute: number, extra: Partial<Expected> = {}): Expected => ({
  value,
  unit,
  absolute,
  comparator: 'eq',
  change: 'level',
  ...extra,
});
const more: Partial<Expected> = { comparator: 'gt', qualifiers: ['more-than'] };
const least: Partial<Expected> = { comparator: 'gte', qualifiers: ['at-least'] };
const about: Partial<Expected> = { comparator: 'approx', qualifiers: ['about'] };

/** [seed file, phrase exactly as written there, what it says]. */
const PHRASES: ReadonlyArray<readonly [string, string, Expected]> = [
  [T25, '地区生产总值增长5.5%', g(5.5)],
  [T25, '固定资产投资增长10%以上', g(10, least)],
  [T25, '地方一般公共预算收入增长1%', g(1)],
  [
    T25,
    '力争参赛队伍超8000支',
    lv(8000, '支', 8000, { comparator: 'gt', qualifiers: ['more-than', 'striving'] }),
  ],
  [T25, '人数超1.5万人', lv(1.5, '万人', 15000, more)],
  [T25, '力争实现可调度算力6000P', lv(6000, 'P', 6000, { qualifiers: ['striving'] })],
  [T25, '实现20%以上增长', g(20, least)],
  [T25, '大模型应用示范区营收超5000亿元', lv(5000, '亿元', 500000000000, more)],
  [T25, '新增5个以上都市工业特色点位', lv(5, '个', 5, least)],
  [T25, '超10万平方米载体', lv(10, '万平方米', 100000, more)],
  [T25, '面积超1200万平方米', lv(1200, '万平方米', 12000000, more)],
  [T25, '加快建设琶洲南35万平方米消费新地标', lv(35, '万平方米', 350000)],
  [T25, '专项债等资金超35亿元', lv(35, '亿元', 3500000000, more)],
  [T25, '力争城镇新增就业1.8万人', lv(1.8, '万人', 18000, { qualifiers: ['striving'] })],
  [T25, '筹集保障性租赁住房1.07万套', lv(1.07, '万套', 10700, { qualifiers: [] })],
  [T25, '社区托育点覆盖率达60%以上', lv(60, '%', 60, least)],
  [
    T25,
    '力争全年引进优质项目超180个',
    lv(180, '个', 180, { comparator: 'gt', qualifiers: ['more-than', 'striving'] }),
  ],
  [T25, '完成2栋复建安置房建设', lv(2, '栋', 2)],
  [T25, '1万平方米公建配套地块', lv(1, '万平方米', 10000)],
  [P25, '全年实现地区生产总值3008.35亿元', lv(3008.35, '亿元', 300835000000, { qualifiers: [] })],
  [P25, '同比(下同)增长5.4%', g(5.4)],
  [P25, '实现全口径税收总额328.46亿元、增长26.1%', lv(328.46, '亿元', 32846000000)],
  [P25, '一般公共预算收入69.81亿元、增长16.4%', lv(69.81, '亿元', 6981000000)],
  [P25, '全区共有各类商事主体21.02万户', lv(21.02, '万户', 210200)],
  [P25, '全年完成固定资产投资630.04亿元', lv(630.04, '亿元', 63004000000)],
  [P25, '可调度算力超5000P', lv(5000, 'P', 5000, more)],
  [P25, '推动城镇新增就业3.23万人', lv(3.23, '万人', 32300)],
  [P25, '带动全区固定资产投资增长10%以上、力争完成700亿元', g(10, least)],
  [P25, '举办各类惠民文化活动不少于300场', lv(300, '场', 300, least)],
  [P25, '实现社区托育点覆盖率60%以上', lv(60, '%', 60, least)],
  [P25, '地方一般公共预算收入增长1.0%', g(1, { figure: '1.0' })],
  [P25, '提升1.6个百分点', { ...lv(1.6, '个百分点', 1.6), change: 'pp-change', delta: 1.6 }],
  [P25, '全年火情下降26.6%', { ...lv(26.6, '%', 26.6), change: 'decline', delta: -26.6 }],
  [P25, '日接待量约2万人次', lv(2, '万人次', 20000, about)],
  [P25, '全年举办文化惠民活动近1800场', lv(1800, '场', 1800, about)],
  [P25, '提供助餐配餐服务82万余人次', lv(82, '万人次', 820000, more)],
  [P25, '住宅加装独立式烟感火灾探测器3.8万余个', lv(3.8, '万个', 38000, more)],
  [P25, '拓展2—3个潜力赛道', lv(2, '个', 2, { comparator: 'range', max: 3 })],
  [P25, '培育5—6家5000万以上产业互联网企业', lv(5, '家', 5, { comparator: 'range', max: 6 })],
  [P25, '清捞水面漂浮物5293.8吨', lv(5293.8, '吨', 5293.8)],
  [P25, '海绵城市总达标面积28.97平方公里', lv(28.97, '平方公里', 28.97)],
  [P25, '达成出口意向成交额496.5亿美元', lv(496.5, '亿美元', 49650000000)],
  [P25, '全年食品检验量1.3批次/千人', lv(1.3, '批次/千人', 1.3)],
  [P25, '新能源汽车(1.1倍)', lv(1.1, '倍', 1.1)],
  [P25, '比上年增长10.2亿元', g(10.2, { unit: '亿元', absolute: 1020000000 })],
  [P25, '数字经济核心产业营收突破1600亿元', lv(1600, '亿元', 160000000000, more)],
  [P25, '累计进馆人数1237万人次', lv(1237, '万人次', 12370000)],
  [P25, '游戏产业营收实现双位数增长', g(10, { comparator: 'gte' })],
  [P25, '推动规上工业总产值实现10%以上增长', g(10, least)],
  [P25, '区十件民生', lv(10, '件', 10)],
  [P25, '加快两个首建', lv(2, '个', 2)],
  [W24, '2023年全区实现地区生产总值2720.16亿元', lv(2720.16, '亿元', 272016000000)],
  [W24, '同比增长8.6%', g(8.6)],
  [W24, '可比增长9.1%', g(9.1, { basis: 'comparable' })],
  [W24, '城中村火灾数量环比下降42.1%', { ...lv(42.1, '%', 42.1), change: 'decline', delta: -42.1 }],
  [W24, '分别提升1.5个、3.4个百分点', { ...lv(1.5, '个百分点', 1.5), change: 'pp-change', delta: 1.5 }],
  [W24, '琶洲试验区集聚企业超3.6万家', lv(3.6, '万家', 36000, more)],
  [W24, '接待游客9.37万人次', lv(9.37, '万人次', 93700)],
  [W24, '增长1.2倍', g(1.2, { unit: '倍' })],
  [W24, '发放消费券超2000万元', lv(2000, '万元', 20000000, more)],
  [W24, '首期算力100p', lv(100, 'p', 100)],
  [W24, '队伍超3300支', lv(3300, '支', 3300, more)],
  [W24, '商事主体突破20万户', lv(20, '万户', 200000, more)],
  [W24, '出台“电动车十条”', lv(10, '条', 10)],
  [YX, '全区地区生产总值3810.24亿元', lv(3810.24, '亿元', 381024000000)],
  [YX, '商事主体总量增至24.3\n\n万户', lv(24.3, '万户', 243000)],
  [YX, '城镇新增就业2.7万人', lv(2.7, '万人', 27000)],
  [YX, '全年客流量近 1.2 亿人次', lv(1.2, '亿人次', 120000000, about)],
  [YX, '增长 83.8%', g(83.8)],
  [YX, '商业载体面积扩容 11%', g(11)],
  [YX, '新增品牌首店 50 余家', lv(50, '家', 50, more)],
  [YX, '全年举办促消费活动 400 多场', lv(400, '场', 400, more)],
  [YX, '同比增长 1.6 倍', g(1.6, { unit: '倍' })],
  [YX, '全年外贸进出口总值 540.8 亿元', lv(540.8, '亿元', 54080000000)],
  [YX, '提升至 76.8%', lv(76.8, '%', 76.8)],
  [YX, '全年优良天数比例提升 9.6 个百分点', { ...lv(9.6, '个百分点', 9.6), change: 'pp-change', delta: 9.6 }],
  [YX, '路面压缩作业量下降 30%', { ...lv(30, '%', 30), change: 'decline', delta: -30 }],
  [YX, '地区生产总值增长 4.0%左右', g(4, { ...about, figure: '4.0' })],
  [YX, '地方一般公共预算收入可比增长 4.3%', g(4.3, { basis: 'comparable' })],
  [YX, '进出口总值增长 1.5%', g(1.5)],
  [YX, '力争金融业增加值增长 8%', g(8, { qualifiers: ['striving'] })],
  [
    YX,
    '力争生命健康产业增加值突破 400 亿元',
    lv(400, '亿元', 40000000000, { comparator: 'gt', qualifiers: ['more-than', 'striving'] }),
  ],
  [YX, '完成年度投资不少于 40 亿元', lv(40, '亿元', 4000000000, least)],
  [YX, '新增百强类、总部型企业 20 家以上', lv(20, '家', 20, least)],
  [YX, '每万人发明专利拥有量160件以上', lv(160, '件', 160, least)],
  [YX, '新增就业人员2万名以上', lv(2, '万名', 20000, least)],
  [YX, '新缔结2—3对穗港澳姊妹学校', lv(2, '对', 2, { comparator: 'range', max: 3 })],
  [YX, '实施 3 岁以下婴幼儿照护服', lv(3, '岁', 3, { comparator: 'lte', qualifiers: ['at-most'] })],
  [YX, '新增城市绿地 1.2 万平方米', lv(1.2, '万平方米', 12000)],
  [YX, '全区托管电梯超过 1000 台', lv(1000, '台', 1000, more)],
  [YX, '“立体桶库”实现存桶量扩增 2 倍', g(2, { unit: '倍' })],
  [YX, '同比下降 13.8%', { ...lv(13.8, '%', 13.8), change: 'decline', delta: -13.8 }],
  [YX, '困难人员再就业率达92.1%', lv(92.1, '%', 92.1)],
];

describe('parseQuantity on phrases from the seed documents', () => {
  it('has at least 60 phrases', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(PHRASES)('%s: %j', (file, phrase, expected) => {
    expect(seedText(file)).toContain(phrase);
    const q = parseQuantity(phrase);
    expect(q).toBeDefined();
    expect(q).toMatchObject({ qualifiers: [], ...expected });
    if (expected.max === undefined) expect(q?.max).toBeUndefined();
    if (expected.delta === undefined) expect(q?.delta).toBeUndefined();
    expect(phrase.slice(q?.offset, (q?.offset ?? 0) + (q?.text.length ?? 0))).toBe(q?.text);
  });
});

describe('parseQuantity on the forms the issue lists', () => {
  const CASES: ReadonlyArray<readonly [string, Partial<Quantity>]> = [
    ['３００８．３５亿元', { value: 3008.35, unit: '亿元', absolute: 300835000000 }],
    ['５．５％', { value: 5.5, unit: '%', absolute: 5.5, text: '５．５％' }],
    ['十一', { value: 11, unit: '', absolute: 11 }],
    ['两', { value: 2, absolute: 2 }],
    ['三千', { value: 3000, absolute: 3000 }],
    ['两万人', { value: 2, unit: '万人', absolute: 20000 }],
    ['三千万元', { value: 3000, unit: '万元', absolute: 30000000, scale: { word: '万', factor: 10000 } }],
    ['翻一番', { value: 2, unit: '倍', change: 'multiple', comparator: 'eq' }],
    ['力争翻两番', { value: 4, change: 'multiple', qualifiers: ['striving'] }],
    ['两位数增长', { value: 10, change: 'growth', comparator: 'gte', qualitative: true }],
    ['5%—6%', { value: 5, max: 6, unit: '%', comparator: 'range', absoluteMax: 6 }],
    ['4.5-5%', { value: 4.5, max: 5, unit: '%', comparator: 'range' }],
    ['5%—5.5%', { value: 5, max: 5.5, comparator: 'range' }],
    ['增长5%—6%左右', { value: 5, max: 6, comparator: 'range', change: 'growth', qualifiers: ['about'] }],
    ['-2.1%', { value: -2.1, unit: '%', change: 'level' }],
    ['增长-2.1%', { value: -2.1, change: 'growth', delta: -2.1 }],
    ['下降2.1%', { value: 2.1, change: 'decline', delta: -2.1 }],
    ['回落0.5个百分点', { value: 0.5, change: 'pp-change', delta: -0.5 }],
    ['约5%', { comparator: 'approx', qualifiers: ['about'] }],
    ['逾300家', { comparator: 'gt', qualifiers: ['more-than'] }],
    ['近3万人', { comparator: 'approx', absolute: 30000 }],
    ['不超过5%', { comparator: 'lte', qualifiers: ['at-most'] }],
    ['3%以内', { comparator: 'lte', qualifiers: ['at-most'] }],
    ['不高于3.5%', { comparator: 'lte' }],
    ['低于3%', { comparator: 'lt', qualifiers: ['less-than'] }],
    ['少于10个', { comparator: 'lt' }],
    ['不低于100亿元', { comparator: 'gte', absolute: 10000000000 }],
    ['高于全市平均2个百分点', { comparator: 'eq', change: 'pp-change' }],
    ['预计全年增长5.2%', { value: 5.2, change: 'growth', qualifiers: ['estimate'] }],
    [
      '力争700亿元',
      { value: 700, absolute: 70000000000, qualifiers: ['striving'], text: '700亿元', offset: 2 },
    ],
    ['1,234.5万元', { value: 1234.5, absolute: 12345000 }],
    ['50万千瓦', { value: 50, unit: '万千瓦', baseUnit: '千瓦', absolute: 500000 }],
    ['1.5万亿元', { value: 1.5, unit: '万亿元', absolute: 1500000000000 }],
    ['增长5.4%,', { unit: '%', text: '增长5.4%' }],
  ];
  it.each(CASES)('%j', (phrase, expected) => {
    expect(parseQuantity(phrase)).toMatchObject(expected);
  });

  it('returns undefined when there is no figure', () => {
    for (const text of ['', '推动高质量发展', '百千万工程', '全年', '万']) {
      expect(parseQuantity(text)).toBeUndefined();
    }
  });
});
