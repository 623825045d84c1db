// Filesystem locations shared by the e2e helpers.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** test-results/e2e (gitignored): screenshots of failures and of key pages. */
export function screenshotPath(name: string): string {
  const dir = join(repoRoot, 'test-results', 'e2e');
  mkdirSync(dir, { recursive: true });
  const safe = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return join(dir, `${safe}.png`);
}
