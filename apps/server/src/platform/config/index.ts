// Configuration: parse the environment once (loadConfig), hand the frozen result to everything else.
import { type Config, type EnvInput, parseEnv, processEnv } from './config.js';
import { resolveConfig } from './secrets.js';

export { type Config, ConfigError, type EnvInput } from './config.js';

export function loadConfig(env: EnvInput = processEnv()): Readonly<Config> {
  return resolveConfig(parseEnv(env));
}
