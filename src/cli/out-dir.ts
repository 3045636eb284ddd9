/**
 * `--out-dir DIR`: one file per input, named as the extension saves it (<title-slug>.<ext>); a
 * name already taken, by this run or by a file already there, becomes "name (1).ext", as a
 * browser's download does — never an overwrite.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export function outDir(dir: string) {
  const used = new Set<string>();
  const free = (name: string) => !used.has(name) && !existsSync(join(dir, name));
  const unique = (filename: string) => {
    const dot = filename.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [filename.slice(0, dot), filename.slice(dot)] : [filename, ''];
    let name = filename;
    for (let n = 1; !free(name); n++) name = `${stem} (${n})${ext}`;
    used.add(name);
    return name;
  };
  let made: Promise<unknown> | undefined;
  return {
    /** Writes `content` under a free name and returns its path. */
    async save(filename: string, content: string): Promise<string> {
      made ??= mkdir(dir, { recursive: true });
      await made;
      const path = join(dir, unique(filename));
      await writeFile(path, content, { flag: 'wx' });
      return path;
    },
  };
}
