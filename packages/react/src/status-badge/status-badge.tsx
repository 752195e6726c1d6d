'use client';
import type { EvaluationStatus, Locale, TaskStatus } from '@luoshi/core';
import type { StatusStyle, ThemeName } from '@luoshi/charts';
import { BlockRoot, useLuoshi } from '../provider/index.js';

/** Props of {@link StatusBadge}: a task status or an evaluation status. */
export type StatusBadgeProps = (
  { kind: 'task'; status: TaskStatus } | { kind: 'evaluation'; status: EvaluationStatus }
) & {
  /** A machine's suggestion, not a recorded status: drawn dashed and labelled 建议 / Suggested. Default `false`. */
  suggested?: boolean;
  /** Show the status's decal pattern in the swatch. Default: on in high contrast only. */
  decal?: boolean;
  /** Overrides the provider's locale. */
  locale?: Locale;
  /** Overrides the provider's theme. */
  theme?: ThemeName;
};

/** A small pattern for the swatch, after the charts' decal: stripes at the decal's angle, or dots. */
function Decal({ style, stroke }: { style: StatusStyle; stroke: string }) {
  if (style.decal === 'none') return null;
  if (style.decal.symbol === 'circle' || style.decal.symbol === 'triangle') {
    return (
      <g fill={stroke}>
        <circle cx="3" cy="3" r="1.3" />
        <circle cx="9" cy="9" r="1.3" />
        <circle cx="9" cy="3" r="1.3" />
        <circle cx="3" cy="9" r="1.3" />
      </g>
    );
  }
  const degrees = ((style.decal.rotation ?? 0) * 180) / Math.PI;
  return (
    <g stroke={stroke} strokeWidth="1.5" transform={`rotate(${-degrees} 6 6)`}>
      <line x1="-4" y1="3" x2="16" y2="3" />
      <line x1="-4" y1="7" x2="16" y2="7" />
      <line x1="-4" y1="11" x2="16" y2="11" />
    </g>
  );
}

/**
 * A status in words and colour (完成, 序时推进, 滞后 … or 超额完成, 已达标, 未达标 …): a swatch in the
 * charts' status colour beside the label, so the status never rests on colour alone. A suggested
 * status is dashed and says so.
 *
 * @example
 * <StatusBadge kind="task" status="at-risk" suggested />
 */
export function StatusBadge(props: StatusBadgeProps) {
  const luoshi = useLuoshi({
    ...(props.locale ? { locale: props.locale } : {}),
    ...(props.theme ? { theme: props.theme } : {}),
  });
  const style: StatusStyle | undefined =
    props.kind === 'task' ? luoshi.statuses.task[props.status] : luoshi.statuses.evaluation[props.status];
  const label =
    props.kind === 'task'
      ? luoshi.statusLabels.task[props.status]
      : luoshi.statusLabels.evaluation[props.status];
  const decal = props.decal ?? luoshi.highContrast;
  const color = style?.color[luoshi.theme] ?? 'currentColor';
  const stroke = luoshi.theme === 'dark' ? 'rgba(255,255,255,0.7)' : 'rgba(0,0,0,0.55)';
  return (
    <BlockRoot
      luoshi={luoshi}
      as="span"
      className={props.suggested ? 'luoshi-badge luoshi-badge-suggested' : 'luoshi-badge'}
      data-testid="luoshi-status-badge"
    >
      <svg className="luoshi-badge-swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <rect width="12" height="12" rx="2" fill={color} />
        {decal && style ? <Decal style={style} stroke={stroke} /> : null}
      </svg>
      <span data-status={props.status}>{label ?? props.status}</span>
      {props.suggested ? <span className="luoshi-muted">{luoshi.messages.suggestedTag}</span> : null}
    </BlockRoot>
  );
}
