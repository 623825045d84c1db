// The emulator's only environment reads: where to listen.
export interface EmulatorSettings {
  port: number;
  host: string;
}

export function emulatorSettings(env: Record<string, string | undefined> = process.env): EmulatorSettings {
  const port = Number(env.EMULATOR_PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error('EMULATOR_PORT must be a port number');
  return { port, host: env.EMULATOR_HOST ?? '127.0.0.1' };
}
