// The shipped background statistics and impostor profiles (see scripts/voice-reference.ts for
// how they are built). Impostors are prepared on first use: ~50 vectors, once per process.
import { loadImpostor, type StoredImpostor } from './impostors.js';
import type { ReferenceStats } from './reference-builder.js';
import impostorFile from './reference-impostors.json' with { type: 'json' };
import reference from './reference-stats.json' with { type: 'json' };
import type { Prepared } from './voice-similarity.js';

export const referenceStats: ReferenceStats = reference;
/** Stored counts made with another version are recounted (voice.service.ts). */
export const FEATURES_VERSION = referenceStats.featuresVersion;

let prepared: Prepared[] | undefined;

/** The background writers' profiles, prepared for `referenceStats`. */
export function impostorProfiles(): Prepared[] {
  // Written by the reference builder from StoredImpostor values; JSON typing loses optional keys.
  const stored = impostorFile.impostors as unknown as StoredImpostor[];
  prepared ??= stored.map((s) => loadImpostor(s, referenceStats));
  return prepared;
}
