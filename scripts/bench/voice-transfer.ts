// npm run bench:voice-transfer — do drafts sound like their writer? For 8 writers (the writing
// bench's six personas and two more, test/writing/transfer), a profile from each writer's samples,
// one draft per shared topic from that profile, every draft scored against every writer's profile.
// Prints own-writer attribution (chance 12.5%) and mean voiceMatch own vs others, per writer, for
// the offline engine and for the prompt path over the emulator's fake OpenAI-compatible model
// (few-shot examples, style targets and the one voice rewrite). Method: test/writing/transfer/transfer.ts.
import { pathToFileURL } from 'node:url';
import { createEmulator } from '@brandwright/emulator';
import { type AiConfig, createAi, type TextGenerator } from '../../apps/server/src/adapters/ai/index.js';
import {
  measureTransfer,
  SHARED_TOPICS,
  type TransferResult,
  WRITERS,
} from '../../apps/server/src/test/writing/transfer/transfer.js';

export interface TransferOptions {
  /** How many shared topics per writer (all of them by default). */
  topics?: number;
  /** Skip the prompt path (no emulator). */
  offlineOnly?: boolean;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const num = (x: number) => x.toFixed(1).padStart(5);

function report(name: string, r: TransferResult): string[] {
  const total = r.writers.reduce((n, w) => n + w.drafts, 0);
  return [
    `${name}: ${total} drafts, own-writer attribution ${pct(r.attribution)} (chance 12.5%), voiceMatch own ${r.ownMean.toFixed(1)} vs others ${r.otherMean.toFixed(1)}, ${(r.ms / 1000).toFixed(1)} s`,
    ...r.writers.map(
      (w) =>
        `  ${w.id.padEnd(10)} attributed ${String(w.attributed).padStart(2)}/${w.drafts}  own ${num(w.ownMean)}  others ${num(w.otherMean)}`,
    ),
  ];
}

async function promptPath(topics: string[]): Promise<TransferResult> {
  const emulator = await createEmulator({ port: 0 });
  try {
    const ai = createAi({
      AI_PROVIDER: 'openai',
      AI_BASE_URL: emulator.openaiBaseUrl,
      AI_API_KEY: 'bench',
      AI_MODEL: 'gpt-4o-mini',
      // A loaded shared machine answers the local emulator slowly; a timeout there is no finding.
      AI_TIMEOUT_MS: 60_000,
      AI_MAX_RETRIES: 0,
    } as AiConfig);
    return await measureTransfer(ai.generator, WRITERS, topics, true);
  } finally {
    await emulator.close();
  }
}

export async function runTransfer(options: TransferOptions = {}): Promise<string[]> {
  const topics = SHARED_TOPICS.slice(0, options.topics ?? SHARED_TOPICS.length);
  const offline: TextGenerator = createAi({
    AI_PROVIDER: 'offline',
    AI_TIMEOUT_MS: 60_000,
    AI_MAX_RETRIES: 0,
  } as AiConfig).generator;
  const lines = [`voice transfer: ${WRITERS.length} writers × ${topics.length} shared topics`];
  lines.push(...report('offline engine', await measureTransfer(offline, WRITERS, topics, false)));
  if (!options.offlineOnly) lines.push(...report('prompt path (fake provider)', await promptPath(topics)));
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const start = performance.now();
  // --offline: the offline engine only (what the composer's changes move).
  for (const line of await runTransfer({ offlineOnly: process.argv.includes('--offline') }))
    console.log(line);
  console.log(`total ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
