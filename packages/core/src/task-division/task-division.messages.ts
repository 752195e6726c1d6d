import type { Localized } from '../i18n/localized.js';

/** The bilingual texts of the parser's diagnostics, by code. */
export const messages = {
  seqStart: (seq: number): Localized => ({
    zh: `序号从 ${seq} 开始，不是从 1 开始：可能是一份摘录`,
    en: `numbering starts at ${seq}, not 1: the list may be an extract`,
  }),
  seqGap: (from: number, to: number): Localized => ({
    zh: `序号从 ${from} 跳到 ${to}：缺 ${from + 1}${to - from > 2 ? `–${to - 1}` : ''}`,
    en: `numbering jumps from ${from} to ${to}: ${to - from > 2 ? `${from + 1}–${to - 1} are` : `${from + 1} is`} missing`,
  }),
  seqDuplicate: (seq: number): Localized => ({
    zh: `序号 ${seq} 重复出现`,
    en: `number ${seq} appears again`,
  }),
  seqBackwards: (seq: number, after: number): Localized => ({
    zh: `序号 ${seq} 出现在 ${after} 之后：顺序错乱`,
    en: `number ${seq} comes after ${after}: out of order`,
  }),
  noLeadUnit: (seq: number, text: string): Localized => ({
    zh: `第 ${seq} 项没有牵头单位，未读入：「${text}」`,
    en: `task ${seq} has no lead unit (牵头单位) and was not kept: "${text}"`,
  }),
  incompleteRow: (seq: number, text: string): Localized => ({
    zh: `清单在第 ${seq} 项中途结束（单位缺失或被截断），该项不完整，未读入：「${text}」`,
    en: `the list ends in the middle of task ${seq} (its units missing or cut off): the row is incomplete and was not kept: "${text}"`,
  }),
  chrome: (count: number, lines: string): Localized => ({
    zh: `网页导航、页面信息或页眉页脚 ${count} 行未读入（第 ${lines} 行）`,
    en: `${count} line${count === 1 ? '' : 's'} of web page chrome, page metadata or page headers and footers left out (line${count === 1 ? '' : 's'} ${lines})`,
  }),
  notice: (from: number, to: number): Localized => ({
    zh: `第 ${from}–${to} 行是印发通知（标题、主送单位、正文、落款和日期），不是任务，未读入`,
    en: `lines ${from}–${to} are the covering notice (title, addressees, body, issuer and date), not tasks: not read`,
  }),
  seqRestart: (seq: number, section: string): Localized => ({
    zh: `序号在「${section}」下从 ${seq} 重新开始：按分节编号读入，任务 id 加后缀区分`,
    en: `numbering restarts at ${seq} under "${section}": read as numbered per section, task ids get a suffix`,
  }),
  emptyTask: (seq: number): Localized => ({
    zh: `第 ${seq} 项没有任务内容，未读入`,
    en: `task ${seq} has no text and was not kept`,
  }),
  preamble: (): Localized => ({
    zh: '第一项任务之前的文字，不是任务，未读入',
    en: 'text before the first task: not a task, not read',
  }),
  orphan: (seq: number): Localized => ({
    zh: `第 ${seq} 项的单位之后的文字，无法归属，未读入`,
    en: `text after the units of task ${seq}: cannot tell where it belongs, not read`,
  }),
  fieldIgnored: (label: string): Localized => ({
    zh: `「${label}」不是单位，未读入`,
    en: `"${label}" is not a unit and is not read`,
  }),
  columnIgnored: (label: string): Localized => ({
    zh: `「${label}」一栏不读入`,
    en: `the column "${label}" is not read`,
  }),
  supportBySpaces: (): Localized => ({
    zh: '牵头单位与配合单位两栏只以空格分隔：每行第一个单位读作牵头单位，其余读作配合单位',
    en: 'the lead and support columns are separated by spaces only: the first unit of a row is read as lead, the others as support',
  }),
  unusualUnit: (name: string): Localized => ({
    zh: `「${name}」不像单位名称，仍按所在栏读入`,
    en: `"${name}" does not look like a unit name; read from its column anyway`,
  }),
  noTasks: (): Localized => ({
    zh: '没有找到任何带序号的任务',
    en: 'no numbered task found',
  }),
};
