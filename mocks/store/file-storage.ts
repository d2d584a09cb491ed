import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { StateStorage } from './persistence';

/**
 * The state in a file (`mock:serve` with `MOCK_STATE_FILE`), Node only. A save writes
 * `<file>.tmp` and renames it over the file, so a crash mid-save never leaves half a file;
 * unreadable saved state is kept as `<file>.bak` before the seed replaces it.
 */
export function fileStorage(path: string): StateStorage {
  return {
    load() {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    save(text) {
      const temporary = `${path}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, path);
    },
    clear() {
      rmSync(path, { force: true });
    },
    keepAside(text) {
      writeFileSync(`${path}.bak`, text);
    },
  };
}
