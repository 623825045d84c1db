// The shipped background statistics (see scripts/voice-reference.ts for how they are built).
import type { ReferenceStats } from './reference-builder.js';
import reference from './reference-stats.json' with { type: 'json' };

export const referenceStats: ReferenceStats = reference;
