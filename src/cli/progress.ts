/**
 * "clearpage: 120/1497 files" on stderr while a corpus runs, only when stderr is a terminal (a
 * log file or a pipe gets no carriage returns) and only for many files. Redrawn at most ten
 * times a second; error lines go above it.
 */
import type { Writable } from 'node:stream';

/** From how many files a run shows its progress. */
export const PROGRESS_MIN_FILES = 20;
const CLEAR = '\r\x1b[2K';

export interface Progress {
  tick(doneCount: number): void;
  /** Writes a line above the progress line. */
  line(text: string): Promise<void>;
  end(): void;
}

export function progress(
  stderr: Writable & { isTTY?: boolean },
  total: number,
  write: (stream: Writable, text: string) => Promise<void>,
): Progress {
  if (!stderr.isTTY || total < PROGRESS_MIN_FILES) {
    return { tick() {}, line: (text) => write(stderr, text), end() {} };
  }
  let last = 0;
  let shown = '';
  const draw = (count: number) => {
    shown = `clearpage: ${count}/${total} files (${Math.floor((count / total) * 100)} %)`;
    stderr.write(`${CLEAR}${shown}`);
  };
  return {
    tick(count) {
      const now = Date.now();
      if (count === total || now - last >= 100) {
        last = now;
        draw(count);
      }
    },
    async line(text) {
      await write(stderr, `${CLEAR}${text}`);
      if (shown) stderr.write(shown);
    },
    end() {
      if (shown) stderr.write(CLEAR);
    },
  };
}
