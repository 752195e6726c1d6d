import { formatPath, parseDataset } from '@luoshi/core';
import { readJson } from '../io/read-document.js';
import { say } from '../io/io.js';
import type { Command } from './command.js';

/** `luoshi check <dataset.json>`: validates a Dataset and prints every problem with its JSON path. */
export const check: Command = {
  name: 'check',
  summary: {
    zh: '校验数据集，逐条列出问题及其 JSON 路径',
    en: 'validate a Dataset and list every problem with its JSON path',
  },
  usage: 'luoshi check <dataset.json>',
  options: {},
  help: {
    zh: '校验数据集：字段类型、取值、引用（未知单位、未知指标）和重复 id。有任何问题时退出码为 1。',
    en: 'Validates a Dataset: field types and values, references (unknown units, unknown indicators) and duplicate ids. Exits 1 on any problem.',
  },
  async run({ positionals }, io) {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0)
      return { usage: say(io, '需要且只需要一个数据集文件', 'expects exactly one dataset file') };
    const result = parseDataset(await readJson(file));
    if (result.ok) {
      const d = result.dataset;
      io.stdout(
        say(
          io,
          `${file}: 有效。${d.reports.length} 份报告，${d.tasks.length} 项任务，${d.units.length} 个单位，${d.indicators.length} 个指标，${d.targets.length} 个目标，${d.observations.length} 个实绩\n`,
          `${file}: valid. ${d.reports.length} reports, ${d.tasks.length} tasks, ${d.units.length} units, ${d.indicators.length} indicators, ${d.targets.length} targets, ${d.observations.length} observations\n`,
        ),
      );
      return { exitCode: 0 };
    }
    for (const problem of result.problems) {
      io.stderr(
        `${file}: error: ${formatPath(problem.path)}: ${io.locale === 'en' ? problem.message.en : problem.message.zh}\n`,
      );
    }
    io.stderr(say(io, `${result.problems.length} 个问题\n`, `${result.problems.length} problem(s)\n`));
    return { exitCode: 1 };
  },
};
