import type { Dataset } from '@luoshi/core';
import type { EChartsOption } from 'echarts';
import { describe } from '../../a11y/a11y.description.js';
import { TableBuilder } from '../../a11y/a11y.table.js';
import { formatNumber, formatPoints, formatTargetLabel } from '../../format/format.number.js';
import { formatPeriod } from '../../format/format.period.js';
import { resolveStatusVocabulary, statusLabel } from '../../status/status.vocabulary.js';
import { resolveTheme } from '../../theme/theme.js';
import type { View, ViewModel } from '../../view/view.types.js';
import { defineView, ElementBook } from '../common/view.define.js';
import { labels, t } from '../common/view.labels.js';
import type { ResolvedShared } from '../common/view.options.js';
import { baseOption, stateModel, readyModel } from '../common/view.state.js';
import { rowName, scopeTitle, selectTargets } from '../common/view.targets.js';
import { gaugeDefaults, type GaugeOptions } from './gauge.config.js';
import { gaugeInstall } from './gauge.install.js';
import { ringFigures, type RingFigures } from './gauge.progress.js';

const percent = (value: number | undefined, locale: 'zh-CN' | 'en') =>
  value === undefined ? '—' : `${formatNumber(value, locale, 1)}%`;

function buildGauge(dataset: Dataset, options: GaugeOptions, shared: ResolvedShared): ViewModel {
  const { locale } = shared;
  const config = { ...gaugeDefaults, ...options };
  const picked = selectTargets(dataset, options, locale, {
    measures: ['level', 'count'],
    ...(options.evaluate ? { evaluate: options.evaluate } : {}),
  });
  if (!picked.ok) return stateModel('error', picked.message, shared);
  if (picked.rows.length === 0) {
    return stateModel(
      'empty',
      locale === 'en'
        ? 'No level or count targets to measure progress against'
        : '暂无可计算完成率的总量目标',
      shared,
    );
  }
  const theme = resolveTheme(shared.theme);
  const vocabulary = resolveStatusVocabulary(shared.statuses);
  const units = shared.units;
  const book = new ElementBook();
  const rings: RingFigures[] = picked.rows.map((row) =>
    ringFigures(dataset, row, { indicator: row.indicator, paceTolerance: config.paceTolerance }),
  );
  const shown = rings.slice(0, config.maxRings);
  const title = `${scopeTitle(picked, locale)} ${locale === 'en' ? 'progress against targets' : '目标完成进度'}`;
  const doneLabel = t(labels.achievement, locale);
  const elapsedLabel = t(labels.elapsed, locale);
  const pendingLabel = statusLabel(vocabulary.evaluation.pending, locale);

  const summary = (ring: RingFigures) => {
    const name = rowName(ring.row, locale);
    const target = formatTargetLabel(ring.row.target, locale, units);
    const colon = locale === 'en' ? ': ' : '：';
    const comma = locale === 'en' ? ', ' : '，';
    if (ring.donePercent === undefined) {
      const why = ring.progress ? t(ring.progress.explanation, locale) : pendingLabel;
      return `${name}${colon}${target}${comma}${why}`;
    }
    const parts = [target, `${doneLabel} ${percent(ring.donePercent, locale)}`];
    if (ring.ytd) {
      parts.push(
        `${elapsedLabel} ${percent(ring.elapsedPercent, locale)} (${formatPeriod(ring.ytd.period, locale)})`,
      );
      if (ring.progress?.leadPoints !== undefined) parts.push(formatPoints(ring.progress.leadPoints, locale));
    }
    return `${name}${colon}${parts.join(comma)}`;
  };

  const n = shown.length;
  const series = shown.map((ring, i) => {
    const center = [`${((i + 0.5) * 100) / n}%`, '58%'];
    const status = ring.progress
      ? ring.progress.status === 'behind'
        ? vocabulary.evaluation.missed
        : ring.progress.status === 'not-comparable'
          ? vocabulary.evaluation['not-comparable']
          : vocabulary.evaluation.met
      : vocabulary.evaluation[ring.row.evaluation.status];
    const tip = `${summary(ring)}\n${ring.progress ? t(ring.progress.explanation, locale) : t(ring.row.evaluation.explanation, locale)}`;
    const selection = { kind: 'target' as const, id: ring.row.target.id };
    book.set(i, 0, tip, selection);
    if (ring.elapsedPercent !== undefined) book.set(i, 1, tip, selection);
    const max = Math.max(100, Math.ceil((ring.donePercent ?? 0) / 10) * 10);
    const pending = ring.donePercent === undefined;
    return {
      type: 'gauge',
      name: rowName(ring.row, locale),
      center,
      radius: `${Math.min(38, 150 / n)}%`,
      startAngle: 90,
      endAngle: -270,
      min: 0,
      max,
      pointer: { show: false },
      progress: { show: true, overlap: false, roundCap: true, clip: true },
      axisLine: { lineStyle: { width: 14, color: [[1, theme.surfaces.gridLine]] } },
      splitLine: { show: false },
      axisTick: { show: false },
      axisLabel: { show: false },
      data: [
        {
          value: ring.donePercent ?? 0,
          name: doneLabel,
          itemStyle: { color: status.color[theme.name] },
          title: { offsetCenter: ['0%', '-18%'], color: theme.surfaces.textMuted, fontSize: 12 },
          detail: {
            offsetCenter: ['0%', '2%'],
            formatter: pending ? pendingLabel : '{value}%',
            color: theme.surfaces.text,
            fontSize: 18,
          },
        },
        ...(ring.elapsedPercent !== undefined && ring.ytd
          ? [
              {
                value: ring.elapsedPercent,
                name: elapsedLabel,
                itemStyle: { color: theme.surfaces.elapsed },
                title: { offsetCenter: ['0%', '24%'], color: theme.surfaces.textMuted, fontSize: 11 },
                detail: {
                  offsetCenter: ['0%', '40%'],
                  formatter: '{value}%',
                  color: theme.surfaces.textMuted,
                  fontSize: 12,
                },
              },
            ]
          : []),
      ],
    };
  });
  const titles = shown.map((ring, i) => ({
    text: rowName(ring.row, locale),
    subtext: formatTargetLabel(ring.row.target, locale, units),
    left: `${((i + 0.5) * 100) / n}%`,
    top: shared.showTitle ? '12%' : '4%',
    textAlign: 'center',
    textStyle: {
      color: theme.surfaces.text,
      fontSize: 13,
      fontWeight: 'normal',
      width: 180,
      overflow: 'truncate',
    },
    subtextStyle: { color: theme.surfaces.textMuted },
  }));
  const table = new TableBuilder(title, [
    { key: 'indicator', label: t(labels.indicator, locale) },
    { key: 'target', label: t(labels.target, locale), numeric: true },
    { key: 'done', label: doneLabel, numeric: true },
    { key: 'elapsed', label: elapsedLabel, numeric: true },
  ]);
  for (const ring of rings) {
    table.add(
      [
        rowName(ring.row, locale),
        formatTargetLabel(ring.row.target, locale, units),
        ring.donePercent === undefined ? pendingLabel : percent(ring.donePercent, locale),
        percent(ring.elapsedPercent, locale),
      ],
      { kind: 'target', id: ring.row.target.id },
    );
  }
  const description = describe(title, rings.map(summary), locale);
  const base = baseOption(shared, description, title);
  const option: EChartsOption = {
    ...base,
    title: [...(base.title ? [base.title as object] : []), ...titles],
    series: series as EChartsOption['series'],
  };
  return readyModel(option, description, table, book);
}

/**
 * 2. Achievement gauge: a progress ring per level or count target — 完成率 against a whole-year actual,
 * or the share done against the share of the year elapsed for a year-to-date figure (时间过半、任务过半).
 */
export const gauge: View<GaugeOptions> = defineView('gauge', gaugeInstall, buildGauge);
