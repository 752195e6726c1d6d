import { writeFile } from 'node:fs/promises';
import {
  bullet,
  gauge,
  jurisdictionComparison,
  statusByUnit,
  taskOverview,
  trend,
  variance,
  type View,
} from '@luoshi/charts';
import { renderViewToSvg } from '@luoshi/charts/ssr';
import { findJurisdiction, loadDataset } from '../io/load-dataset.js';
import { say } from '../io/io.js';
import type { Command } from './command.js';

/** The views the CLI can draw, by the names users type. */
const VIEWS: Record<string, View<object>> = {
  bullet,
  gauge,
  trend,
  variance,
  'status-by-unit': statusByUnit,
  'jurisdiction-comparison': jurisdictionComparison,
  'task-overview': taskOverview,
};

/** `luoshi render <dataset.json> --view V --out file.svg`: a chart as SVG, drawn on the server. */
export const render: Command = {
  name: 'render',
  summary: { zh: '在服务器端把图表渲染为 SVG', en: 'render a chart to SVG on the server' },
  usage: `luoshi render <dataset.json> --view ${Object.keys(VIEWS).join('|')} --out file.svg [options]`,
  options: {
    view: {
      type: 'string',
      value: 'VIEW',
      help: {
        zh: `图表：${Object.keys(VIEWS).join('、')}`,
        en: `the chart: ${Object.keys(VIEWS).join(', ')}`,
      },
    },
    out: {
      type: 'string',
      short: 'o',
      value: 'FILE',
      help: { zh: '输出的 SVG 文件（- 表示标准输出）', en: 'the SVG file to write (- for stdout)' },
    },
    jurisdiction: {
      type: 'string',
      value: 'NAME',
      help: {
        zh: '行政区（名称或 id；默认：目标最多的行政区）',
        en: 'the jurisdiction (name or id; default: the one with the most targets)',
      },
    },
    period: {
      type: 'string',
      value: 'P',
      help: { zh: '期间（默认：有目标的最近期间）', en: 'the period (default: the latest with targets)' },
    },
    indicator: {
      type: 'string',
      multiple: true,
      value: 'ID',
      help: {
        zh: '指标 id，可重复（默认：该期间全部指标）',
        en: 'an indicator id, repeatable (default: every indicator of the period)',
      },
    },
    report: {
      type: 'string',
      value: 'ID',
      help: {
        zh: '报告 id（任务类图表；默认：最近的任务清单）',
        en: 'the report id (task charts; default: the latest task list)',
      },
    },
    width: {
      type: 'string',
      value: 'PX',
      default: '800',
      help: { zh: '宽度（像素，默认 800）', en: 'width in pixels (default 800)' },
    },
    height: {
      type: 'string',
      value: 'PX',
      default: '480',
      help: { zh: '高度（像素，默认 480）', en: 'height in pixels (default 480)' },
    },
    theme: {
      type: 'string',
      value: 'light|dark',
      default: 'light',
      help: { zh: '主题（默认 light）', en: 'theme (default light)' },
    },
    locale: {
      type: 'string',
      value: 'zh|en',
      help: { zh: '图表语言（默认与 --lang 相同）', en: 'chart language (default: as --lang)' },
    },
  },
  help: {
    zh: '用 ECharts 的服务端渲染器（无需浏览器）把数据集的一个图表写成 SVG，并附带无障碍描述。',
    en: "Draws one chart of a Dataset as SVG with ECharts' server-side renderer (no browser), with its accessible description.",
  },
  async run({ positionals, values }, io) {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0)
      return { usage: say(io, '需要且只需要一个数据集文件', 'expects exactly one dataset file') };
    const view = typeof values.view === 'string' ? VIEWS[values.view] : undefined;
    if (!view)
      return {
        usage: say(
          io,
          `请用 --view 选择图表：${Object.keys(VIEWS).join('、')}`,
          `choose a chart with --view: ${Object.keys(VIEWS).join(', ')}`,
        ),
      };
    if (typeof values.out !== 'string')
      return { usage: say(io, '请用 --out 指定输出文件', 'name the output file with --out') };
    const width = Number(values.width);
    const height = Number(values.height);
    if (
      !Number.isInteger(width) ||
      !Number.isInteger(height) ||
      width < 50 ||
      height < 50 ||
      width > 10000 ||
      height > 10000
    ) {
      return {
        usage: say(
          io,
          '--width 和 --height 应为 50 到 10000 之间的整数',
          '--width and --height take whole numbers from 50 to 10000',
        ),
      };
    }
    const theme = values.theme === 'dark' ? 'dark' : values.theme === 'light' ? 'light' : undefined;
    if (!theme) return { usage: say(io, '--theme 只能是 light 或 dark', '--theme takes light or dark') };
    const locale =
      values.locale === undefined
        ? io.locale
        : values.locale === 'en'
          ? 'en'
          : values.locale === 'zh' || values.locale === 'zh-CN'
            ? 'zh-CN'
            : undefined;
    if (!locale) return { usage: say(io, '--locale 只能是 zh 或 en', '--locale takes zh or en') };

    const dataset = await loadDataset(file, io);
    if (!dataset) return { exitCode: 1 };
    let jurisdictionId: string | undefined;
    if (typeof values.jurisdiction === 'string') {
      const wanted = values.jurisdiction;
      jurisdictionId = findJurisdiction(dataset, wanted)?.id;
      if (!jurisdictionId)
        return {
          usage: say(io, `数据集中没有行政区 "${wanted}"`, `no jurisdiction "${wanted}" in the dataset`),
        };
    }
    const { svg, model } = renderViewToSvg(view, dataset, {
      width,
      height,
      theme,
      locale,
      ...(jurisdictionId ? { jurisdictionId } : {}),
      ...(typeof values.period === 'string' ? { period: values.period } : {}),
      ...(Array.isArray(values.indicator) ? { indicatorIds: values.indicator } : {}),
      ...(typeof values.report === 'string' ? { reportId: values.report } : {}),
    });
    if (model.state !== 'ready') io.stderr(`${file}: warning: ${model.message ?? model.state}\n`);
    if (values.out === '-') io.stdout(svg);
    else await writeFile(values.out, svg);
    return { exitCode: model.state === 'error' ? 1 : 0 };
  },
};
