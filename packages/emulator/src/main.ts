// `npm run emulator`: serves the fake vendors until interrupted. The control API listens on
// EMULATOR_PORT (default 4010), each vendor on its own port after it.
import { emulatorSettings } from './config.js';
import { createEmulator } from './server.js';
import { VENDORS } from './vendors.js';

const emulator = await createEmulator(emulatorSettings());
console.warn(`Brandwright emulator: control on ${emulator.url} (EMULATOR_URL=${emulator.url})`);
for (const vendor of VENDORS) {
  const { base, auth } = emulator.vendors[vendor];
  console.warn(`  ${vendor.padEnd(10)} ${base}${auth && auth !== base ? ` (auth ${auth})` : ''}`);
}
console.warn(
  `  OpenAI-compatible: AI_PROVIDER=openai AI_BASE_URL=${emulator.openaiBaseUrl} AI_MODEL=gpt-4o-mini AI_API_KEY=test`,
);
console.warn(
  `  Anthropic:         AI_PROVIDER=anthropic AI_BASE_URL=${emulator.anthropicBaseUrl} AI_MODEL=claude-sonnet-4-5 AI_API_KEY=test`,
);
console.warn(
  `  Control:           GET ${emulator.url}/__emulator/vendors, POST /__emulator/faults, POST /__emulator/reset, GET /__emulator/posts`,
);
const stop = () => emulator.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
