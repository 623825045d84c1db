// The sandbox: the bundled platform emulator run inside the server process when a platform has no
// real credentials, or one already running at EMULATOR_URL. The only production file that imports
// @brandwright/emulator (see .dependency-cruiser.cjs); everything else sees vendor origins.
import {
  createEmulator,
  SANDBOX_CLIENT as EMULATOR_SANDBOX_CLIENT,
  type Emulator,
} from '@brandwright/emulator';
import { z } from 'zod';
import type { PlatformId } from './port.js';

/** The OAuth app the emulator knows from the start (LinkedIn, X); real platforms never see it. */
export const SANDBOX_CLIENT: { clientId: string; clientSecret: string } = { ...EMULATOR_SANDBOX_CLIENT };

/** Where each emulated platform is served: its own origin, as the real one has. */
export type SandboxVendors = Record<PlatformId, { base: string }>;

export interface SandboxEmulator {
  url: string;
  port: number;
  vendors: SandboxVendors;
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** The control port (vendors take the next ones); 0 picks free ports. */
  port: number;
  /** Accounts, tokens and posts are kept here across restarts. */
  stateFile: string;
  /** Called when a port was busy and free ones were taken instead. */
  onPortBusy?: (requested: number, used: number) => void;
}

const wrap = (emulator: Emulator): SandboxEmulator => ({
  url: emulator.url,
  port: emulator.port,
  vendors: emulator.vendors,
  close: () => emulator.close(),
});

export async function startSandboxEmulator(options: SandboxOptions): Promise<SandboxEmulator> {
  try {
    return wrap(await createEmulator({ port: options.port, stateFile: options.stateFile }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port === 0) throw error;
    // Another process (often `npm run emulator`, or a second server) has a port: free ones will do.
    const emulator = await createEmulator({ port: 0, stateFile: options.stateFile });
    options.onPortBusy?.(options.port, emulator.port);
    return wrap(emulator);
  }
}

const origin = z.object({ base: z.string().url() });
const vendorsSchema = z.object({
  linkedin: origin,
  x: origin,
  medium: origin,
  bluesky: origin,
  mastodon: origin,
});

/** Asks a running emulator (EMULATOR_URL, its control URL) where its vendors are served. */
export async function discoverVendors(controlUrl: string, fetcher = fetch): Promise<SandboxVendors> {
  const where = `${controlUrl}/__emulator/vendors`;
  let body: unknown;
  try {
    const response = await fetcher(where, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    body = await response.json();
  } catch (error) {
    throw new Error(
      `EMULATOR_URL: ${where} did not list the emulator's vendors (${(error as Error).message})`,
    );
  }
  const parsed = vendorsSchema.safeParse(body);
  if (!parsed.success) throw new Error(`EMULATOR_URL: ${where} answered an unexpected vendor list`);
  return parsed.data;
}

export interface Sandbox {
  /** The emulator's control URL; absent when every platform is live. */
  url?: string;
  /** Each platform's emulated origin; absent when every platform is live. */
  vendors?: SandboxVendors;
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
  if (options.emulatorUrl) {
    const url = options.emulatorUrl.replace(/\/+$/, '');
    return { url, vendors: await discoverVendors(url), notes };
  }
  if (options.sharedProcesses)
    notes.push('sandbox emulator runs inside this process: with several processes set EMULATOR_URL instead');
  const emulator = await startSandboxEmulator({
    port: options.port,
    stateFile: options.stateFile,
    onPortBusy: (requested, used) =>
      notes.push(`port ${requested} (or one after it) is busy: sandbox emulator on port ${used}`),
  });
  const { url, vendors } = emulator;
  return { url, vendors, emulator, notes: [...notes, `sandbox emulator on ${url}`] };
}
