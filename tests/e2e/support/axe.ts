// axe-core in the e2e suite: injects axe's own source into the page (no CDN, the version pinned in
// the root package.json) and runs it on the whole document, returning the serious and critical
// violations as short readable lines, so a failing test says which rule and which elements.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The impacts that fail a page; minor and moderate findings are reported by axe but not gated on. */
const GATED = new Set(['serious', 'critical']);

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on what the page shows now; returns the serious and critical findings. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, which the app's CSP (script-src 'self') does not govern.
  if (!injected) await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations
    .filter((v) => GATED.has(v.impact ?? ''))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** The findings as one line each, e.g. "color-contrast (serious) on .btn, .link: Elements must …". */
export function describeFindings(findings: readonly AxeFinding[]): string[] {
  return findings.map((f) => `${f.rule} (${f.impact}) on ${f.targets.slice(0, 5).join(', ')}: ${f.help}`);
}
