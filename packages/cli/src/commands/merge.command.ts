import { mergeDatasets, type Dataset } from '@luoshi/core';
import { loadDataset } from '../io/load-dataset.js';
import { say, type Io } from '../io/io.js';
import type { Command } from './command.js';

/** `luoshi merge <a.json> <b.json> …`: merges Dataset fragments into one. */
export const merge: Command = {
  name: 'merge',
  summary: { zh: '把多个数据集片段合并为一个', en: 'merge Dataset fragments into one' },
  usage: 'luoshi merge <a.json> <b.json> … [--title TITLE]',
  options: {
    title: {
      type: 'string',
      value: 'TITLE',
      help: {
        zh: '合并后数据集的标题（默认：各片段标题相连）',
        en: "the merged Dataset's title (default: the fragments' titles joined)",
      },
    },
  },
  help: {
    zh: '合并多个文档解析出的片段：同一行政区、同一单位（同名或别名）、同一指标只保留一条记录，并改写所有引用。同 id 而内容不同的记录会改名并在标准错误中说明。',
    en: 'Merges the fragments parsed from several documents: the same jurisdiction, body (same name or alias) or indicator becomes one record, and every reference is rewritten. Records that share an id but differ are renamed, and stderr says so.',
  },
  async run({ positionals, values }, io: Io) {
    if (positionals.length === 0)
      return { usage: say(io, '至少需要一个数据集文件', 'expects at least one dataset file') };
    const fragments: Dataset[] = [];
    let failed = false;
    for (const file of positionals) {
      const dataset = await loadDataset(file, io);
      if (dataset) fragments.push(dataset);
      else failed = true;
    }
    if (failed) return { exitCode: 1 };
    const { dataset, notes } = mergeDatasets(fragments);
    if (typeof values.title === 'string') dataset.title = values.title;
    for (const note of notes)
      io.stderr(
        `${positionals[note.input]}: note: ${io.locale === 'en' ? note.message.en : note.message.zh}\n`,
      );
    io.stdout(JSON.stringify(dataset, null, 2) + '\n');
    return { exitCode: 0 };
  },
};
