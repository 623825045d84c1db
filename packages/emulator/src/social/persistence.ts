// Keeps a sandbox's platform state in a JSON file so connected sandbox accounts and their posts
// survive a server restart. Writes are debounced and atomic (temp file + rename).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SocialSnapshot, SocialState } from './state.js';

export function persistState(state: SocialState, file: string): { flush(): void } {
  try {
    state.restore(JSON.parse(readFileSync(file, 'utf8')) as SocialSnapshot);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(state.snapshot()));
    renameSync(`${file}.tmp`, file);
  };
  state.onChange = () => {
    timer ??= setTimeout(flush, 250);
    timer.unref();
  };
  return { flush: () => timer && flush() };
}
