import type { Direction, EvaluateOptions, Target } from '@luoshi/core';
import { EVALUATE_DEFAULTS, add, roundTo, subtract } from '@luoshi/core';

/** A qualitative band behind a bullet: where an actual would be `missed`, `near` or good (met or better). */
export interface Band {
  kind: 'poor' | 'near' | 'good';
  from: number;
  to: number;
}

/** The geometry of one bullet row, in the row's own unit. */
export interface BulletGeometry {
  /** The value axis of the row. */
  min: number;
  max: number;
  /** Qualitative bands, covering the axis. */
  bands: Band[];
  /** Where target markers stand: one, or both ends of a range. */
  markers: number[];
  /** The band an `approx` target allows (左右) or a `range` spans, drawn as the target itself. */
  targetBand?: { from: number; to: number };
}

function tolerance(
  kind: 'eqTolerance' | 'approxTolerance' | 'nearBand',
  target: Target,
  options?: EvaluateOptions,
): number {
  const tol = { ...EVALUATE_DEFAULTS[kind], ...options?.[kind] };
  if (target.measure === 'growth' || target.measure === 'share') return tol.points;
  return roundTo((Math.abs(target.value) * tol.percent) / 100, 6);
}

/** A round step for the axis: 1, 2 or 5 times a power of ten. */
function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

/**
 * Lays out a bullet row with the engine's own tolerances, so the bands say what `evaluate` would say:
 * the interval that is met (a threshold for `gte`/`gt`, a band for `eq`/`approx`, the range for
 * `range`), extended towards the good side when beating the target is good (`exceeded`), a `near`
 * strip on each bad side, and `poor` beyond. A `decrease` indicator mirrors the good side.
 */
export function bulletGeometry(
  target: Target,
  actual: number | undefined,
  direction: Direction,
  options?: EvaluateOptions,
): BulletGeometry {
  const v = target.value;
  const top = target.max ?? v;
  let metLo = Number.NEGATIVE_INFINITY;
  let metHi = Number.POSITIVE_INFINITY;
  let targetBand: BulletGeometry['targetBand'];
  switch (target.comparator) {
    case 'eq': {
      const tol = tolerance('eqTolerance', target, options);
      [metLo, metHi] = [subtract(v, tol), add(v, tol)];
      break;
    }
    case 'approx': {
      const tol = tolerance('approxTolerance', target, options);
      [metLo, metHi] = [subtract(v, tol), add(v, tol)];
      targetBand = { from: metLo, to: metHi };
      break;
    }
    case 'range':
      [metLo, metHi] = [v, top];
      targetBand = { from: v, to: top };
      break;
    case 'gte':
    case 'gt':
      metLo = v;
      break;
    case 'lte':
    case 'lt':
      metHi = v;
      break;
  }
  const twoSided =
    target.comparator === 'eq' || target.comparator === 'approx' || target.comparator === 'range';
  if (twoSided && direction === 'increase') metHi = Number.POSITIVE_INFINITY;
  if (twoSided && direction === 'decrease') metLo = Number.NEGATIVE_INFINITY;
  const near = tolerance('nearBand', target, options);

  const figures = [v, top, ...(actual === undefined ? [] : [actual]), 0];
  const finite = [metLo, metHi].filter(Number.isFinite);
  const lowest = Math.min(...figures, ...finite.map((f) => f - near));
  const highest = Math.max(...figures, ...finite.map((f) => f + near));
  const step = niceStep(highest - lowest || Math.abs(v) || 1);
  const min = lowest >= 0 ? 0 : Math.floor((lowest - step / 2) / step) * step;
  const max = Math.ceil((highest + step / 2) / step) * step;
  const clamp = (x: number) => roundTo(Math.min(max, Math.max(min, x)), 6);

  const bands: Band[] = [];
  const push = (kind: Band['kind'], from: number, to: number) => {
    const [a, b] = [clamp(from), clamp(to)];
    if (b > a) bands.push({ kind, from: a, to: b });
  };
  push('poor', min, metLo - near);
  push('near', metLo - near, metLo);
  push('good', metLo, metHi);
  push('near', metHi, metHi + near);
  push('poor', metHi + near, max);
  const markers = target.comparator === 'range' ? [v, top] : [v];
  return targetBand ? { min, max, bands, markers, targetBand } : { min, max, bands, markers };
}
