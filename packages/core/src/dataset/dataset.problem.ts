import type { Localized } from '../i18n/localized.js';

/** One thing wrong with an input, at a JSON path, said in Chinese and English. */
export interface Problem {
  /** The JSON path, as keys and indices (`['tasks', 3, 'leadUnitIds', 0]`). */
  path: (string | number)[];
  /** A stable code: zod's (`invalid_type`, `too_small` …) or luoshi's (`unknown_reference`, `duplicate_id`, `schema_version`). */
  code: string;
  message: Localized;
}

/** Writes a path the way a reader of JSON does: `tasks[3].leadUnitIds[0]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}

/** One line for a problem: `[@luoshi/core] tasks[3].leadUnitIds[0]: 未知单位 "u-99"`. */
export function formatProblem(problem: Problem, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return `[@luoshi/core] ${formatPath(problem.path)}: ${locale === 'en' ? problem.message.en : problem.message.zh}`;
}
