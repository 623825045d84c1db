// `npm run emulator`: serves the fake vendors on EMULATOR_PORT (default 4010) until interrupted.
import { emulatorSettings } from './config.js';
import { createEmulator } from './server.js';

const emulator = await createEmulator(emulatorSettings());
console.warn(`Brandwright emulator on ${emulator.url}`);
console.warn(
  `  OpenAI-compatible: AI_PROVIDER=openai AI_BASE_URL=${emulator.openaiBaseUrl} AI_MODEL=gpt-4o-mini`,
);
console.warn(
  `  Anthropic:         AI_PROVIDER=anthropic AI_BASE_URL=${emulator.anthropicBaseUrl} AI_MODEL=claude-sonnet-4-5 AI_API_KEY=test`,
);
console.warn(
  '  Control:           POST /__emulator/ai/faults, POST /__emulator/reset, GET /__emulator/ai/requests',
);
const stop = () => emulator.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
