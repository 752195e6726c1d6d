import { main } from '../main.js';
import type { Io } from './io.js';

/** What a `luoshi` run printed, and how it exited. */
export interface LuoshiRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `luoshi` in-process and captures its output: for tests and build scripts. */
export async function runLuoshi(
  argv: readonly string[],
  options: Partial<Omit<Io, 'stdout' | 'stderr'>> = {},
): Promise<LuoshiRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    isTTY: false,
    stderrIsTTY: false,
    locale: 'zh-CN',
    ...options,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}
