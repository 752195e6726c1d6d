import { parseArgs } from 'node:util';
import { ReadError } from './io/read-document.js';
import { say, UsageError, type Io } from './io/io.js';
import type { Command, OptionSpec } from './commands/command.js';
import { commands } from './commands/index.js';

const COMMON: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', help: { zh: '显示帮助', en: 'show this help' } },
  lang: {
    type: 'string',
    value: 'zh|en',
    help: {
      zh: '消息语言（默认 zh，或环境变量 LUOSHI_LANG）',
      en: 'message language (default zh, or the LUOSHI_LANG variable)',
    },
  },
};

function optionLines(options: Record<string, OptionSpec>, io: Io): string {
  return Object.entries({ ...options, ...COMMON })
    .map(([name, spec]) => {
      const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
      return `  ${flag.padEnd(34)} ${io.locale === 'en' ? spec.help.en : spec.help.zh}`;
    })
    .join('\n');
}

/** The help of one command, or of the whole tool. */
export function helpText(io: Io, command?: Command): string {
  if (command) {
    return `${say(io, '用法', 'Usage')}: ${command.usage}\n\n${io.locale === 'en' ? command.help.en : command.help.zh}\n\n${say(io, '选项', 'Options')}:\n${optionLines(command.options, io)}\n`;
  }
  const list = commands
    .map((c) => `  ${c.name.padEnd(10)} ${io.locale === 'en' ? c.summary.en : c.summary.zh}`)
    .join('\n');
  return (
    say(
      io,
      'luoshi（落实）：政府工作报告承诺了什么、谁负责、是否落实\n',
      'luoshi (落实): what a government work report promised, who is responsible, and was it delivered\n',
    ) +
    `\n${say(io, '用法', 'Usage')}: luoshi <command> [options]\n\n${say(io, '命令', 'Commands')}:\n${list}\n\n` +
    say(io, '每个命令都支持 --help。', 'Every command takes --help.') +
    '\n'
  );
}

/**
 * Runs `luoshi` with its arguments and returns the exit code: 0 done (warnings allowed), 1 the input
 * could not be used, 2 a usage error.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (langIndex !== -1) {
    const value = argv[langIndex]!.includes('=') ? argv[langIndex]!.split('=')[1] : argv[langIndex + 1];
    if (value === 'en' || value === 'zh' || value === 'zh-CN')
      io = { ...io, locale: value === 'en' ? 'en' : 'zh-CN' };
  }
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(io));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${__LUOSHI_VERSION__}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(
      say(io, `luoshi: 未知命令 "${name}"\n\n`, `luoshi: unknown command "${name}"\n\n`) + helpText(io),
    );
    return 2;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: Object.fromEntries(
          Object.entries({ ...command.options, ...COMMON }).map(([k, spec]) => [
            k,
            {
              type: spec.type,
              ...(spec.short ? { short: spec.short } : {}),
              ...(spec.multiple ? { multiple: true } : {}),
              ...(spec.default !== undefined ? { default: spec.default } : {}),
            },
          ]),
        ),
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (parsed.values.help) {
      io.stdout(helpText(io, command));
      return 0;
    }
    const result = await command.run(
      {
        positionals: parsed.positionals,
        values: parsed.values as Record<string, string | boolean | string[] | undefined>,
      },
      io,
    );
    if ('usage' in result) throw new UsageError(result.usage);
    return result.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`luoshi ${command.name}: ${error.message}\n\n${helpText(io, command)}`);
      return 2;
    }
    if (error instanceof ReadError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

declare const __LUOSHI_VERSION__: string;
