import { say, type Io } from '../io/io.js';

/** Files above this size get a progress line on a terminal: parsing them takes a noticeable moment. */
const LARGE = 4 * 1024 * 1024;

/**
 * Progress for long runs, drawn on stderr only when it is a terminal (pipes and CI logs stay clean).
 * The parsers run in one synchronous pass, so progress is told per phase: read, then parsed.
 */
export function progress(io: Io, file: string) {
  const started = performance.now();
  let active = false;
  return {
    read(bytes: number) {
      if (!io.stderrIsTTY || bytes < LARGE) return;
      active = true;
      io.stderr(
        say(
          io,
          `正在解析 ${file}（${(bytes / 1048576).toFixed(1)} MB）…`,
          `parsing ${file} (${(bytes / 1048576).toFixed(1)} MB)…`,
        ),
      );
    },
    parsed() {
      if (!active) return;
      io.stderr(
        say(
          io,
          ` 完成，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒\n`,
          ` done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
        ),
      );
    },
  };
}
