import type { Localized } from '../i18n/localized.js';
import type { Observation } from '../observation/observation.schema.js';
import type { Basis, Measure, Target } from '../target/target.schema.js';
import { convertToUnit } from './units.js';

/** Why two figures cannot be set side by side. */
export type Incomparability = 'indicator' | 'jurisdiction' | 'measure' | 'basis' | 'unit';

/** The fields two figures must share to be compared. */
export type ComparableFigure = Pick<Target, 'indicatorId' | 'jurisdictionId' | 'measure' | 'unit' | 'basis'>;

/** The outcome of {@link checkComparable}. */
export type Comparability =
  | {
      comparable: true;
      /** The other figure's value in the first figure's unit (`32300人` → 3.23 for `万人`). */
      value: number;
      /** Set when a growth rate's price basis is not stated on one side or both: comparable, but say so. */
      basisNote?: Localized;
    }
  | { comparable: false; reason: Incomparability; explanation: Localized };

const MEASURE: Record<Measure, Localized> = {
  level: { zh: '总量', en: 'a level' },
  growth: { zh: '增长率', en: 'a growth rate' },
  share: { zh: '占比', en: 'a share' },
  count: { zh: '数量', en: 'a count' },
};

const BASIS: Record<Basis, Localized> = {
  comparable: { zh: '可比价', en: 'comparable prices' },
  nominal: { zh: '现价（名义）', en: 'current prices (nominal)' },
  unspecified: { zh: '未注明口径', en: 'an unstated basis' },
};

/**
 * Whether `other` can be compared with `reference` (a target, or an earlier actual): the same
 * indicator, jurisdiction and measure, units that convert, and no clash of price bases. A growth rate
 * at comparable prices (可比价) and a nominal one are never compared; `unspecified` on either side is
 * compared, with a note saying so. Periods are the caller's concern.
 */
export function checkComparable(
  reference: ComparableFigure,
  other: Pick<Observation, 'indicatorId' | 'jurisdictionId' | 'measure' | 'unit' | 'basis' | 'value'>,
  names: { reference: Localized; other: Localized } = {
    reference: { zh: '目标', en: 'the target' },
    other: { zh: '实际', en: 'the actual' },
  },
): Comparability {
  const [r, o] = [names.reference, names.other];
  if (reference.indicatorId !== other.indicatorId) {
    return no('indicator', {
      zh: `不可比：${r.zh}与${o.zh}不是同一指标（${reference.indicatorId} / ${other.indicatorId}）`,
      en: `Not comparable: ${r.en} and ${o.en} are different indicators (${reference.indicatorId} / ${other.indicatorId})`,
    });
  }
  if (reference.jurisdictionId !== other.jurisdictionId) {
    return no('jurisdiction', {
      zh: `不可比：${r.zh}与${o.zh}属于不同地区（${reference.jurisdictionId} / ${other.jurisdictionId}）`,
      en: `Not comparable: ${r.en} and ${o.en} belong to different jurisdictions (${reference.jurisdictionId} / ${other.jurisdictionId})`,
    });
  }
  if (reference.measure !== other.measure) {
    return no('measure', {
      zh: `不可比：${r.zh}为${MEASURE[reference.measure].zh}，${o.zh}为${MEASURE[other.measure].zh}`,
      en: `Not comparable: ${r.en} is ${MEASURE[reference.measure].en}, ${o.en} ${MEASURE[other.measure].en}`,
    });
  }
  if (reference.basis !== 'unspecified' && other.basis !== 'unspecified' && reference.basis !== other.basis) {
    return no('basis', {
      zh: `不可比：${r.zh}按${BASIS[reference.basis].zh}计算，${o.zh}按${BASIS[other.basis].zh}计算`,
      en: `Not comparable: ${r.en} is at ${BASIS[reference.basis].en}, ${o.en} at ${BASIS[other.basis].en}`,
    });
  }
  const value = convertToUnit(other.value, other.unit, reference.unit);
  if (value === undefined) {
    return no('unit', {
      zh: `不可比：${r.zh}单位为${reference.unit}，${o.zh}单位为${other.unit}`,
      en: `Not comparable: ${r.en} is in ${reference.unit}, ${o.en} in ${other.unit}`,
    });
  }
  const basisNote =
    reference.measure === 'growth' ? unstatedBasis(reference.basis, other.basis, r, o) : undefined;
  return basisNote ? { comparable: true, value, basisNote } : { comparable: true, value };
}

function unstatedBasis(a: Basis, b: Basis, r: Localized, o: Localized): Localized | undefined {
  if (a === 'unspecified' && b === 'unspecified') {
    return {
      zh: `${r.zh}与${o.zh}均未注明价格口径`,
      en: `neither ${r.en} nor ${o.en} states its price basis`,
    };
  }
  if (a === 'unspecified')
    return { zh: `${r.zh}未注明价格口径`, en: `${r.en} does not state its price basis` };
  if (b === 'unspecified')
    return { zh: `${o.zh}未注明价格口径`, en: `${o.en} does not state its price basis` };
  return undefined;
}

function no(reason: Incomparability, explanation: Localized): Comparability {
  return { comparable: false, reason, explanation };
}
