// The design-tokens page: the very objects the charts and blocks are drawn with (@luoshi/charts'
// hues, surfaces, typography and status vocabulary; @luoshi/react's block stylesheet for spacing).
import {
  defaultStatusVocabulary,
  evaluationStatusOrder,
  hues,
  statusLabel,
  surfaces,
  taskStatusOrder,
  typography,
  type StatusDecal,
  type StatusStyle,
  type ThemeName,
} from '@luoshi/charts';
import { blockStyles, useLuoshi } from '@luoshi/react';
import { useId } from 'react';
import { contrastRatio } from './contrast.js';

const cell = {
  padding: '6px 10px',
  textAlign: 'left' as const,
  borderBottom: '1px solid var(--luoshi-border)',
};

function Ratio({ ratio, needs }: { ratio: number; needs: number }) {
  return (
    <span>
      {ratio.toFixed(2)}:1 {ratio >= needs ? '✓' : '✗'}
    </span>
  );
}

/** A swatch with the status's decal drawn over it, as an SVG pattern from the decal's own fields. */
function DecalSwatch({
  color,
  decal,
  theme,
}: {
  color: string;
  decal: StatusDecal | 'none';
  theme: ThemeName;
}) {
  const id = useId().replace(/[^a-zA-Z0-9]/g, '');
  const stroke = surfaces.decal[theme];
  let pattern = null;
  if (decal !== 'none') {
    const dashY = decal.dashArrayY;
    const gap = Array.isArray(dashY) ? dashY.reduce((sum, part) => sum + part, 0) : (dashY ?? 5);
    const size = Math.max(4, gap);
    const degrees = ((decal.rotation ?? 0) * 180) / Math.PI;
    const mark =
      decal.symbol === 'circle' ? (
        <circle cx={size / 2} cy={size / 2} r={(decal.symbolSize ?? 0.5) * 2} fill={stroke} />
      ) : decal.symbol === 'triangle' ? (
        <path d={`M${size / 2} 1L${size - 1} ${size - 1}H1Z`} fill={stroke} />
      ) : (
        <rect x={0} y={0} width={size} height={Array.isArray(dashY) ? dashY[0] : 1} fill={stroke} />
      );
    pattern = (
      <pattern
        id={id}
        width={size}
        height={size}
        patternUnits="userSpaceOnUse"
        patternTransform={`rotate(${degrees})`}
      >
        {mark}
      </pattern>
    );
  }
  return (
    <svg
      width={56}
      height={28}
      role="img"
      aria-label={decal === 'none' ? 'solid' : `pattern ${decal.symbol ?? 'rect'}`}
    >
      <defs>{pattern}</defs>
      <rect width={56} height={28} rx={3} fill={color} />
      {pattern ? <rect width={56} height={28} rx={3} fill={`url(#${id})`} /> : null}
    </svg>
  );
}

function StatusRows({ styles, order }: { styles: Record<string, StatusStyle>; order: readonly string[] }) {
  const { theme, locale } = useLuoshi();
  const background = surfaces.background[theme];
  return (
    <>
      {order.map((status) => {
        const style = styles[status]!;
        const color = style.color[theme];
        return (
          <tr key={status}>
            <td style={cell}>
              <DecalSwatch color={color} decal={style.decal} theme={theme} />
            </td>
            <td style={cell}>
              {statusLabel(style, locale)} <code>{status}</code>
            </td>
            <td style={cell}>
              <code>{color}</code>
            </td>
            <td style={cell}>
              {style.decal === 'none' ? (locale === 'en' ? 'solid' : '纯色') : (style.decal.symbol ?? 'rect')}{' '}
              · {style.symbol}
            </td>
            <td style={cell}>
              <Ratio ratio={contrastRatio(color, background)} needs={3} />
            </td>
          </tr>
        );
      })}
    </>
  );
}

/** The distinct lengths the blocks' stylesheet spaces things with (padding, margin, gap). */
function spacingScale(): string[] {
  const lengths = new Set<string>();
  for (const match of blockStyles.matchAll(/(?:padding|margin|gap)[a-z-]*\s*:\s*([^;}]+)/g))
    for (const part of match[1]!.trim().split(/\s+/))
      if (/^\d+(\.\d+)?(px|rem|em)$/.test(part)) lengths.add(part);
  return [...lengths].sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b));
}

/** Every token of the charts and blocks, in the toolbar's theme, with WCAG contrast against the background. */
export function DesignTokens() {
  const { theme, locale } = useLuoshi();
  const en = locale === 'en';
  const background = surfaces.background[theme];
  const head = (labels: string[]) => (
    <thead>
      <tr>
        {labels.map((label) => (
          <th key={label} scope="col" style={cell}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
  const colourTable = (
    title: string,
    colours: Record<string, { light: string; dark: string }>,
    needs: number,
  ) => (
    <table style={{ borderCollapse: 'collapse', marginBottom: 24 }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>{title}</caption>
      {head([
        en ? 'Swatch' : '色块',
        en ? 'Token' : '名称',
        theme,
        en ? `Contrast (≥${needs}:1)` : `对比度（≥${needs}:1）`,
      ])}
      <tbody>
        {Object.entries(colours).map(([name, value]) => (
          <tr key={name}>
            <td style={cell}>
              <span
                style={{
                  display: 'inline-block',
                  width: 56,
                  height: 28,
                  borderRadius: 3,
                  background: value[theme],
                  border: '1px solid var(--luoshi-border)',
                }}
              />
            </td>
            <td style={cell}>
              <code>{name}</code>
            </td>
            <td style={cell}>
              <code>{value[theme]}</code>
            </td>
            <td style={cell}>
              {/^#[0-9a-f]{6}$/i.test(value[theme]) ? (
                <Ratio ratio={contrastRatio(value[theme], background)} needs={needs} />
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const statusTable = (title: string, styles: Record<string, StatusStyle>, order: readonly string[]) => (
    <table style={{ borderCollapse: 'collapse', marginBottom: 24 }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>{title}</caption>
      {head([
        en ? 'Colour and decal' : '颜色与纹理',
        en ? 'Status' : '状态',
        theme,
        en ? 'Decal · symbol' : '纹理 · 符号',
        en ? 'Contrast (≥3:1)' : '对比度（≥3:1）',
      ])}
      <tbody>
        <StatusRows styles={styles} order={order} />
      </tbody>
    </table>
  );
  return (
    <main style={{ maxWidth: 960 }}>
      <h1 style={{ fontSize: typography.titleSize + 10 }}>{en ? 'Design tokens' : '设计规范'}</h1>
      <p>
        {en
          ? 'The objects the charts and the blocks are drawn with, from @luoshi/charts. Contrast is WCAG 2 against this theme’s background: graphics need 3:1, text 4.5:1.'
          : '图表和组件使用的同一套设计变量（来自 @luoshi/charts）。对比度按 WCAG 2 以当前主题背景计算：图形需 3:1，文字需 4.5:1。'}
      </p>
      <h2>{en ? 'Status palette' : '状态色板'}</h2>
      {statusTable(
        en ? 'Target evaluations' : '目标评价',
        defaultStatusVocabulary.evaluation,
        evaluationStatusOrder,
      )}
      {statusTable(en ? 'Tasks' : '重点任务', defaultStatusVocabulary.task, taskStatusOrder)}
      <h2>{en ? 'Colours' : '颜色'}</h2>
      {colourTable(en ? 'Hues (Okabe–Ito)' : '色相（Okabe–Ito）', hues, 3)}
      {colourTable(en ? 'Surfaces and text' : '背景与文字', surfaces, 3)}
      <h2>{en ? 'Type scale' : '字号'}</h2>
      <p style={{ fontFamily: typography.fontFamily }}>
        <code>{typography.fontFamily}</code>
      </p>
      {[
        ['fontSize', typography.fontSize],
        ['titleSize', typography.titleSize],
        ['block text (fontSize + 2)', typography.fontSize + 2],
        ['block title (titleSize + 2)', typography.titleSize + 2],
      ].map(([name, size]) => (
        <p key={name} style={{ fontSize: Number(size), margin: '6px 0' }}>
          {size}px <code>{name}</code> 地区生产总值增长5.5% · GDP growth 5.5%
        </p>
      ))}
      <h2>{en ? 'Spacing' : '间距'}</h2>
      <p>{en ? 'The lengths the blocks’ stylesheet spaces with:' : '组件样式表使用的间距：'}</p>
      {spacingScale().map((length) => (
        <div key={length} style={{ display: 'flex', alignItems: 'center', gap: 12, margin: '4px 0' }}>
          <code style={{ width: 64 }}>{length}</code>
          <span
            style={{ display: 'inline-block', height: 12, width: length, background: hues.blue[theme] }}
          />
        </div>
      ))}
    </main>
  );
}
