'use client';
import type { Observation } from '@luoshi/core';

/** Props of {@link Sparkline}. */
export interface SparklineProps {
  values: readonly Observation[];
  /** A target drawn as a dashed line when it shares the unit. */
  target?: number;
  /** What the line says, read by assistive technology. */
  label: string;
  width?: number;
  height?: number;
}

/**
 * A tiny inline SVG line of actuals, oldest first, with the target dashed. No chart library: a card
 * shows several and each is a handful of points.
 */
export function Sparkline({ values, target, label, width = 120, height = 32 }: SparklineProps) {
  if (values.length === 0) return null;
  const ys = values.map((o) => o.value);
  if (target !== undefined) ys.push(target);
  const min = Math.min(...ys);
  const max = Math.max(...ys);
  const pad = 3;
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) / (max - min)) * (height - 2 * pad));
  const x = (i: number) =>
    values.length === 1 ? width / 2 : pad + (i / (values.length - 1)) * (width - 2 * pad);
  const points = values.map((o, i) => `${x(i).toFixed(1)},${y(o.value).toFixed(1)}`).join(' ');
  const last = values[values.length - 1]!;
  return (
    <svg
      className="luoshi-sparkline"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      {target !== undefined ? (
        <line
          x1={0}
          x2={width}
          y1={y(target)}
          y2={y(target)}
          stroke="var(--luoshi-target)"
          strokeDasharray="3 3"
          strokeWidth={1}
        />
      ) : null}
      <polyline points={points} fill="none" stroke="var(--luoshi-hue-blue)" strokeWidth={2} />
      <circle cx={x(values.length - 1)} cy={y(last.value)} r={2.5} fill="var(--luoshi-hue-blue)" />
    </svg>
  );
}
