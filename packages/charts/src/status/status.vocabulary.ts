import type { EvaluationStatus, Locale, Localized, TaskStatus } from '@luoshi/core';
import type { Theme } from '../theme/theme.js';
import { hues, type ThemedColor } from '../theme/theme.tokens.js';

/**
 * A decal: the pattern drawn over a status colour so that the status reads without colour (printouts,
 * colour-vision deficiencies). The fields are ECharts' `DecalObject`; the stroke colour comes from the theme.
 */
export interface StatusDecal {
  symbol?: string;
  symbolSize?: number;
  dashArrayX?: number | (number | number[])[];
  dashArrayY?: number | number[];
  rotation?: number;
}

/** How one status is shown: its label in each language, its colour in each theme, its pattern and shape. */
export interface StatusStyle {
  label: Localized;
  color: ThemedColor;
  /** The pattern over bars and sectors; `none` for a solid fill (only one status per kind should be solid). */
  decal: StatusDecal | 'none';
  /** The ECharts symbol for points (`circle`, `rect`, `triangle`, `diamond`, `roundRect`, `pin`, `arrow`, `emptyCircle` …). */
  symbol: string;
}

/** The statuses of tasks (重点任务) and of target evaluations, each with its style. */
export interface StatusVocabulary {
  task: Record<TaskStatus, StatusStyle>;
  evaluation: Record<EvaluationStatus, StatusStyle>;
}

/** Partial overrides of the vocabulary: any status, any field. */
export interface StatusVocabularyOverrides {
  task?: Partial<Record<TaskStatus, Partial<StatusStyle>>>;
  evaluation?: Partial<Record<EvaluationStatus, Partial<StatusStyle>>>;
}

const diagonal: StatusDecal = {
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [2, 5],
  rotation: Math.PI / 4,
};
const backDiagonal: StatusDecal = {
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [3, 3],
  rotation: -Math.PI / 4,
};
const horizontal: StatusDecal = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 6], rotation: 0 };
const vertical: StatusDecal = {
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [2, 6],
  rotation: Math.PI / 2,
};
const dots: StatusDecal = { symbol: 'circle', symbolSize: 0.6, dashArrayX: [[6, 6]], dashArrayY: [6, 0] };
const sparseDots: StatusDecal = {
  symbol: 'circle',
  symbolSize: 0.4,
  dashArrayX: [[10, 10]],
  dashArrayY: [10, 0],
};
const crosses: StatusDecal = {
  symbol: 'triangle',
  symbolSize: 0.6,
  dashArrayX: [[8, 8]],
  dashArrayY: [8, 0],
};

/**
 * The shipped vocabulary: the terms Chinese governments use in 重点任务 progress reports (已完成,
 * 序时推进, 滞后, 未启动, 常态化推进, 部分完成, 已取消) and the evaluation statuses of targets (超额完成,
 * 已达标, 接近, 未达标, 待公布, 不可比), with English counterparts.
 */
export const defaultStatusVocabulary: StatusVocabulary = {
  task: {
    completed: {
      label: { zh: '已完成', en: 'Completed' },
      color: hues.green,
      decal: 'none',
      symbol: 'circle',
    },
    ongoing: {
      label: { zh: '常态化推进', en: 'Ongoing' },
      color: hues.skyBlue,
      decal: horizontal,
      symbol: 'roundRect',
    },
    'on-track': {
      label: { zh: '序时推进', en: 'On track' },
      color: hues.blue,
      decal: diagonal,
      symbol: 'diamond',
    },
    'partly-completed': {
      label: { zh: '部分完成', en: 'Partly completed' },
      color: hues.orange,
      decal: dots,
      symbol: 'pin',
    },
    'at-risk': {
      label: { zh: '滞后', en: 'Behind schedule' },
      color: hues.vermillion,
      decal: backDiagonal,
      symbol: 'triangle',
    },
    'not-started': {
      label: { zh: '未启动', en: 'Not started' },
      color: hues.grey,
      decal: vertical,
      symbol: 'rect',
    },
    dropped: { label: { zh: '已取消', en: 'Dropped' }, color: hues.purple, decal: crosses, symbol: 'arrow' },
    unknown: {
      label: { zh: '未知', en: 'Unknown' },
      color: hues.lightGrey,
      decal: sparseDots,
      symbol: 'emptyCircle',
    },
  },
  evaluation: {
    exceeded: {
      label: { zh: '超额完成', en: 'Exceeded' },
      color: hues.blue,
      decal: diagonal,
      symbol: 'triangle',
    },
    met: { label: { zh: '已达标', en: 'Met' }, color: hues.green, decal: 'none', symbol: 'circle' },
    near: { label: { zh: '接近', en: 'Near' }, color: hues.orange, decal: dots, symbol: 'diamond' },
    missed: {
      label: { zh: '未达标', en: 'Missed' },
      color: hues.vermillion,
      decal: backDiagonal,
      symbol: 'rect',
    },
    pending: {
      label: { zh: '待公布', en: 'Pending' },
      color: hues.grey,
      decal: vertical,
      symbol: 'emptyCircle',
    },
    'not-comparable': {
      label: { zh: '不可比', en: 'Not comparable' },
      color: hues.purple,
      decal: crosses,
      symbol: 'emptyRect',
    },
  },
};

/** The order statuses stack in: done first, then in progress, then trouble, then the rest. */
export const taskStatusOrder: readonly TaskStatus[] = [
  'completed',
  'ongoing',
  'on-track',
  'partly-completed',
  'at-risk',
  'not-started',
  'dropped',
  'unknown',
];

/** The order evaluation statuses are listed in, best first. */
export const evaluationStatusOrder: readonly EvaluationStatus[] = [
  'exceeded',
  'met',
  'near',
  'missed',
  'pending',
  'not-comparable',
];

function mergeStyles<K extends string>(
  base: Record<K, StatusStyle>,
  overrides: Partial<Record<K, Partial<StatusStyle>>> | undefined,
): Record<K, StatusStyle> {
  const out = { ...base };
  for (const key of Object.keys(overrides ?? {}) as K[]) {
    const over = overrides?.[key];
    if (!over || !(key in base)) continue;
    out[key] = {
      ...base[key],
      ...over,
      label: { ...base[key].label, ...over.label },
      color: { ...base[key].color, ...over.color },
    };
  }
  return out;
}

/** The shipped vocabulary with a user's overrides applied (a label, a colour or a decal for any status). */
export function resolveStatusVocabulary(overrides?: StatusVocabularyOverrides): StatusVocabulary {
  return {
    task: mergeStyles(defaultStatusVocabulary.task, overrides?.task),
    evaluation: mergeStyles(defaultStatusVocabulary.evaluation, overrides?.evaluation),
  };
}

/** The label of a style in a locale. */
export function statusLabel(style: StatusStyle, locale: Locale = 'zh-CN'): string {
  return locale === 'en' ? style.label.en : style.label.zh;
}

/**
 * The ECharts item style of a status in a theme: its colour and its decal in the theme's stroke colour.
 * A solid status carries no `decal` key at all: ECharts 6 types accept `decal: 'none'` but its decal
 * stage then fails while rendering.
 */
export function statusItemStyle(style: StatusStyle, theme: Theme): { color: string; decal?: object } {
  const color = style.color[theme.name];
  return style.decal === 'none'
    ? { color }
    : { color, decal: { ...style.decal, color: theme.surfaces.decal } };
}
