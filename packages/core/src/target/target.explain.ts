import { roundTo } from '../decimal/decimal.js';
import type { Localized } from '../i18n/localized.js';
import type { Period } from '../period/period.schema.js';
import { formatFigure, formatNumber, formatPeriod } from '../compare/format.js';
import { isRateMeasure } from '../compare/units.js';
import type { EvaluationStatus, Gap } from './target.evaluation.js';
import type { Measure, Target } from './target.schema.js';

/** How the actual sits against the target's reference figure. */
export type Relation = 'above' | 'below' | 'equal' | 'within';

type Graded = Exclude<EvaluationStatus, 'pending' | 'not-comparable'>;

const STATUS: Record<Graded, Localized> = {
  exceeded: { zh: '超额完成', en: 'exceeded' },
  met: { zh: '完成', en: 'met' },
  near: { zh: '接近目标', en: 'near' },
  missed: { zh: '未完成', en: 'missed' },
};

/**
 * The target as a reader says it: `目标5.5%`, `力争目标700亿元`, `目标（10%以上）`, `目标区间（5%—6%）`;
 * `the 5.5% target`, `the aspirational (力争) 700 亿元 target`, `the target of at least 10%`.
 */
export function targetPhrase(
  target: Pick<Target, 'comparator' | 'value' | 'max' | 'unit' | 'strength' | 'decimals'>,
): Localized {
  const d = target.decimals;
  const zhFig = formatFigure(target.value, target.unit, 'zh', d);
  const enFig = formatFigure(target.value, target.unit, 'en', d);
  const zhMax = formatFigure(target.max ?? target.value, target.unit, 'zh', d);
  const enMax = formatFigure(target.max ?? target.value, target.unit, 'en', d);
  const zhAsp = target.strength === 'aspirational' ? '力争' : '';
  const enAsp = target.strength === 'aspirational' ? 'aspirational (力争) ' : '';
  switch (target.comparator) {
    case 'eq':
      return { zh: `${zhAsp}目标${zhFig}`, en: `the ${enAsp}${enFig} target` };
    case 'approx':
      return { zh: `${zhAsp}目标（${zhFig}左右）`, en: `the ${enAsp}target of about ${enFig}` };
    case 'gte':
      return { zh: `${zhAsp}目标（${zhFig}以上）`, en: `the ${enAsp}target of at least ${enFig}` };
    case 'gt':
      return { zh: `${zhAsp}目标（超${zhFig}）`, en: `the ${enAsp}target of more than ${enFig}` };
    case 'lte':
      return { zh: `${zhAsp}目标（不超过${zhFig}）`, en: `the ${enAsp}target of at most ${enFig}` };
    case 'lt':
      return { zh: `${zhAsp}目标（低于${zhFig}）`, en: `the ${enAsp}target of less than ${enFig}` };
    case 'range': {
      // 5%—6% repeats the sign, as documents do; 100—200亿元 writes the unit once.
      const percent = zhFig.endsWith('%');
      const low = percent ? zhFig : formatNumber(target.value, d);
      return {
        zh: `${zhAsp}目标区间（${low}—${zhMax}）`,
        en: `the ${enAsp}${percent ? enFig : formatNumber(target.value, d)}–${enMax} target range`,
      };
    }
  }
}

/** `实际增长5.4%` / `Actual growth 5.4%`; `预计…` / `Estimated …`; `截至2025年第3季度，…` / `By 2025 Q3, …`. */
export function actualPhrase(
  measure: Measure,
  value: number,
  unit: string,
  flags: { estimate?: boolean; upTo?: Period; decimals?: number } = {},
): Localized {
  const d = flags.decimals;
  const zhWho = flags.estimate ? '预计' : '实际';
  const enWho = flags.estimate ? 'estimated' : 'actual';
  let zh: string;
  let en: string;
  if (measure === 'growth') {
    zh =
      value < 0
        ? `${zhWho}下降${formatFigure(-value, unit, 'zh', d)}`
        : `${zhWho}增长${formatFigure(value, unit, 'zh', d)}`;
    en = `${enWho} growth ${formatFigure(value, unit, 'en', d)}`;
  } else if (measure === 'share') {
    zh = `${zhWho}占比${formatFigure(value, unit, 'zh', d)}`;
    en = `${enWho} share ${formatFigure(value, unit, 'en', d)}`;
  } else {
    zh = `${zhWho}${formatFigure(value, unit, 'zh', d)}`;
    en = `${enWho} ${formatFigure(value, unit, 'en', d)}`;
  }
  if (flags.upTo) {
    zh = `截至${formatPeriod(flags.upTo, 'zh')}，${zh}`;
    en = `by ${formatPeriod(flags.upTo, 'en')}, ${en}`;
  }
  return { zh, en: capitalise(en) };
}

/** What {@link explainEvaluation} needs to write its line. */
export interface ExplainInput {
  target: Target;
  actual: Localized;
  status: Graded;
  relation: Relation;
  gap: Gap;
  achievement?: number;
  basisNote?: Localized;
  /** The decimal places the gap is shown with (the more precise of target and actual as written). */
  gapDecimals?: number;
}

/** One line in each language: `实际增长5.4%，低于目标5.5%，差0.1个百分点（接近目标）`. */
export function explainEvaluation(input: ExplainInput): Localized {
  const { target, actual, status, relation, gap } = input;
  const phrase = targetPhrase(target);
  const rate = isRateMeasure(target.measure);
  const size = Math.abs(gap.absolute);
  const shortfall = status === 'near' || status === 'missed';
  let zh: string;
  let en: string;
  if (relation === 'within') {
    zh = `${actual.zh}，处于${phrase.zh}内`;
    en = `${actual.en}, within ${phrase.en}`;
  } else if (relation === 'equal') {
    zh = `${actual.zh}，达到${phrase.zh}`;
    en = `${actual.en}, level with ${phrase.en}`;
  } else {
    const zhWord =
      relation === 'above'
        ? rate
          ? '高'
          : shortfall
            ? '超出'
            : '多'
        : shortfall
          ? '差'
          : rate
            ? '低'
            : '少';
    const d = input.gapDecimals;
    const zhSize = rate ? `${formatNumber(size, d)}个百分点` : formatFigure(size, target.unit, 'zh', d);
    const enSize = rate ? `${formatNumber(size, d)} pp` : formatFigure(size, target.unit, 'en', d);
    zh = `${actual.zh}，${relation === 'above' ? '高于' : '低于'}${phrase.zh}，${zhWord}${zhSize}`;
    en = `${actual.en}, ${enSize} ${relation} ${phrase.en}`;
  }
  if (input.achievement !== undefined) {
    const pct = formatNumber(roundTo(input.achievement * 100, 1));
    zh += `，完成目标的${pct}%`;
    en += `, ${pct}% achieved`;
  }
  zh += `（${STATUS[status].zh}）`;
  en += ` (${STATUS[status].en})`;
  if (input.basisNote) {
    zh += `；${input.basisNote.zh}`;
    en += `; ${input.basisNote.en}`;
  }
  return { zh, en };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
