/** Where a command writes. Tests pass their own; the binary passes the process's streams. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdout is a terminal: colour and tables are welcome. */
  isTTY: boolean;
  /** stderr is a terminal: progress may be drawn. */
  stderrIsTTY: boolean;
  /** The language of messages: zh-CN unless LUOSHI_LANG=en or --lang en. */
  locale: 'zh-CN' | 'en';
}

/** Picks the message in the command's language. */
export function say(io: Io, zh: string, en: string): string {
  return io.locale === 'en' ? en : zh;
}

/** A usage error: exit code 2, with a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
