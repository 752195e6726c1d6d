import { describe, expect, it } from 'vitest';
import { objectHeads, verbsSpeakingOfTask } from './evidence.governs.js';
import { COMPLETION_VERBS, PROGRESS_VERBS } from './evidence.signals.js';

/** Hits of `words` in `clause`, as findEvidence would report where a task's words are. */
function hitsOf(clause: string, words: string[]) {
  return words.map((w) => {
    const start = clause.indexOf(w);
    if (start < 0) throw new Error(`${w} not in ${clause}`);
    return { start, end: start + w.length };
  });
}

describe('objectHeads', () => {
  it('reads the last two characters of each coordinated object, past generic heads and listed items', () => {
    expect(objectHeads('6个口袋公园')).toEqual(['公园']);
    expect(
      objectHeads(
        '中国联通国家网络安全产业园、琶洲人工智能大模型应用示范基地、龙星控股总部等5块产业用地出让。',
      ),
    ).toEqual(['出让']);
    expect(objectHeads('64个禁毒示范创建项目及品牌建设')).toEqual(['项目', '品牌']);
    expect(objectHeads('独角兽企业“育苗行动”奖励政策兑付工作')).toEqual(['兑付']);
  });
});

describe('verbsSpeakingOfTask', () => {
  it('does not take 完成 of a land sale for the completion of a project listed as its parcel', () => {
    const clause =
      '完成中国联通国家网络安全产业园、琶洲人工智能大模型应用示范基地、龙星控股总部等5块产业用地出让';
    expect(
      verbsSpeakingOfTask(
        clause,
        hitsOf(clause, ['大模型应用示范']),
        '出台建设大模型应用示范区实施方案',
        COMPLETION_VERBS,
      ),
    ).toEqual([]);
    expect(
      verbsSpeakingOfTask(
        clause,
        hitsOf(clause, ['大模型应用']),
        '引进一批大模型应用领军企业',
        COMPLETION_VERBS,
      ),
    ).toEqual([]);
    // The land sale itself, if it were the task, is completed.
    expect(
      verbsSpeakingOfTask(clause, hitsOf(clause, ['产业用地']), '推进产业用地出让', COMPLETION_VERBS),
    ).toEqual(['完成']);
  });

  it('takes a verb after the task’s words as said of them', () => {
    const clause = '全力打造广州塔—琶洲世界级地标商圈,广州塔广场开业运营';
    expect(
      verbsSpeakingOfTask(clause, hitsOf(clause, ['广州塔广场']), '高品质运营广州塔南广场', COMPLETION_VERBS),
    ).toContain('开业运营');
  });

  it('takes a verb after the task’s words only when they (or its head) are its subject', () => {
    const platform = '农村集体资产交易管理服务平台上线应用';
    expect(
      verbsSpeakingOfTask(
        platform,
        hitsOf(platform, ['资产交易']),
        '争创全国农村集体经济资产交易规范化试点',
        COMPLETION_VERBS,
      ),
    ).toEqual([]);
    const academy = '广州岭南书院·隔山书院落户十香园纪念馆';
    expect(
      verbsSpeakingOfTask(
        academy,
        hitsOf(academy, ['广州岭南书院']),
        '高标准打造广州岭南书院',
        COMPLETION_VERBS,
      ),
    ).toEqual(['落户']);
    const contest = '第三届琶洲算法大赛圆满收官';
    expect(
      verbsSpeakingOfTask(
        contest,
        hitsOf(contest, ['琶洲算法大赛']),
        '持续提升琶洲算法大赛国际化',
        COMPLETION_VERBS,
      ),
    ).toEqual(['收官']);
  });

  it('takes a verb whose object’s head the task names', () => {
    const clause = '新增6个口袋公园';
    expect(
      verbsSpeakingOfTask(
        clause,
        hitsOf(clause, ['口袋公园']),
        '建成一批口袋公园、社区公园',
        COMPLETION_VERBS,
      ),
    ).toEqual(['新增']);
    const other = '完成湿地—琶洲一体化特色游径概念规划';
    expect(
      verbsSpeakingOfTask(other, hitsOf(other, ['一体化']), '加快建设智慧健康一体化项目', COMPLETION_VERBS),
    ).toEqual([]);
  });

  it('takes a verb the task itself uses when the task’s words follow it closely', () => {
    const clause = '深化64个禁毒示范创建项目及品牌建设';
    expect(
      verbsSpeakingOfTask(clause, hitsOf(clause, ['禁毒示范']), '深化全省禁毒示范区创建', PROGRESS_VERBS),
    ).toEqual(['深化']);
    const unrelated = '以“一联盟两中心三平台”加快打造科技成果转化基地';
    expect(
      verbsSpeakingOfTask(
        unrelated,
        hitsOf(unrelated, ['科技成果转化']),
        '推动琶洲实验室成立科技成果转化基金、技术联合攻关中心',
        PROGRESS_VERBS,
      ),
    ).toEqual([]);
  });

  it('leaves out negated verbs', () => {
    const clause = '口袋公园尚未完成';
    expect(
      verbsSpeakingOfTask(clause, hitsOf(clause, ['口袋公园']), '建成口袋公园', COMPLETION_VERBS),
    ).toEqual([]);
  });
});
