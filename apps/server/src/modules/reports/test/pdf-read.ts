// Just enough PDF reading for tests: the pages a document declares and has, and the text each
// page's content stream draws (pdfkit writes hex strings in TJ/Tj operators, Flate-compressed unless
// told otherwise). Not a general PDF parser: it reads what pdfkit writes.
import { inflateSync } from 'node:zlib';

export function isPdf(bytes: Buffer): boolean {
  return (
    bytes.subarray(0, 5).toString('latin1') === '%PDF-' &&
    bytes.toString('latin1').trimEnd().endsWith('%%EOF')
  );
}

/** Page objects present, and the count the page tree declares (they must agree). */
export function pageCounts(bytes: Buffer): { objects: number; declared: number } {
  const raw = bytes.toString('latin1');
  const objects = raw.match(/\/Type \/Page(?![s\w])/g)?.length ?? 0;
  const declared = Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(raw)?.[1] ?? -1);
  return { objects, declared };
}

function streams(bytes: Buffer): Buffer[] {
  const raw = bytes.toString('latin1');
  const found: Buffer[] = [];
  const start = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let m = start.exec(raw); m !== null; m = start.exec(raw)) {
    const from = m.index + m[0].length;
    const to = raw.indexOf('\nendstream', from);
    const body = bytes.subarray(from, to);
    found.push((m[1] ?? '').includes('/FlateDecode') ? inflateSync(body) : body);
  }
  return found;
}

function hexText(hex: string): string {
  return Buffer.from(hex, 'hex').toString('latin1');
}

/** The text of each content stream that draws text, in the order written (pdfkit: page order). */
export function pageTexts(bytes: Buffer): string[] {
  return streams(bytes)
    .map((s) => s.toString('latin1'))
    .filter((s) => /\bBT\b/.test(s))
    .map((s) => {
      const pieces: string[] = [];
      for (const [, array] of s.matchAll(/\[([^\]]*)\]\s*TJ/g))
        pieces.push(
          [...(array ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map(([, h]) => hexText(h ?? '')).join(''),
        );
      return pieces.join('\n');
    });
}
