// The emulator's only environment reads: where to listen (the control port; vendors follow it).
export interface EmulatorSettings {
  port: number;
  host: string;
}

export function emulatorSettings(env: Record<string, string | undefined> = process.env): EmulatorSettings {
  const port = Number(env.EMULATOR_PORT ?? 4010);
  // The vendors take the seven ports after it.
  if (!Number.isInteger(port) || port < 0 || port > 65_528)
    throw new Error('EMULATOR_PORT must be a port number up to 65528 (vendors take the next seven)');
  return { port, host: env.EMULATOR_HOST ?? '127.0.0.1' };
}
