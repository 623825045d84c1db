// The sandbox: the bundled platform emulator run inside the server process when a platform has no
// real credentials. The only production file that imports @brandwright/emulator (see
// .dependency-cruiser.cjs); everything else sees a base URL.
import { createEmulator, SANDBOX_CLIENT as EMULATOR_SANDBOX_CLIENT } from '@brandwright/emulator';

/** The OAuth app the emulator knows from the start (LinkedIn, X); real platforms never see it. */
export const SANDBOX_CLIENT: { clientId: string; clientSecret: string } = { ...EMULATOR_SANDBOX_CLIENT };

export interface SandboxEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** 0 picks a free port. */
  port: number;
  /** Accounts, tokens and posts are kept here across restarts. */
  stateFile: string;
  /** Called when `port` was busy and a free one was taken instead. */
  onPortBusy?: (requested: number, used: number) => void;
}

export async function startSandboxEmulator(options: SandboxOptions): Promise<SandboxEmulator> {
  try {
    const emulator = await createEmulator({ port: options.port, stateFile: options.stateFile });
    return { url: emulator.url, port: emulator.port, close: () => emulator.close() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port === 0) throw error;
    // Another process (often `npm run emulator`, or a second server) has the port: any free one will do.
    const emulator = await createEmulator({ port: 0, stateFile: options.stateFile });
    options.onPortBusy?.(options.port, emulator.port);
    return { url: emulator.url, port: emulator.port, close: () => emulator.close() };
  }
}

export interface Sandbox {
  /** Base URL of the emulator; absent when every platform is live. */
  url?: string;
  /** The in-process emulator, to close with the app. */
  emulator?: SandboxEmulator;
  /** What to log once a logger exists. */
  notes: string[];
}

/** The emulator for platforms without real credentials: `emulatorUrl`, or one started in-process. */
export async function openSandbox(options: {
  platforms: readonly string[];
  emulatorUrl?: string;
  port: number;
  stateFile: string;
  /** Scaled mode: several processes would each run their own emulator. */
  sharedProcesses: boolean;
}): Promise<Sandbox> {
  if (options.platforms.length === 0) return { notes: [] };
  const notes = [`sandbox platforms: ${options.platforms.join(', ')}`];
  if (options.emulatorUrl) return { url: options.emulatorUrl.replace(/\/+$/, ''), notes };
  if (options.sharedProcesses)
    notes.push('sandbox emulator runs inside this process: with several processes set EMULATOR_URL instead');
  const emulator = await startSandboxEmulator({
    port: options.port,
    stateFile: options.stateFile,
    onPortBusy: (requested, used) =>
      notes.push(`port ${requested} is busy: sandbox emulator on port ${used}`),
  });
  return { url: emulator.url, emulator, notes: [...notes, `sandbox emulator on ${emulator.url}`] };
}
