// The vendors the emulator stands in for, each served on its own origin (its own loopback port), so
// that a base URL is all a client needs, as with the real services: `new URL('/xrpc/…', service)`
// in @atproto/api or masto's `${url}/api/v1/…` land where they would on bsky.social or an instance.
export const SOCIAL_VENDORS = ['linkedin', 'x', 'medium', 'bluesky', 'mastodon'] as const;
export const AI_VENDORS = ['openai', 'anthropic'] as const;
export const VENDORS = [...SOCIAL_VENDORS, ...AI_VENDORS] as const;
export type Vendor = (typeof VENDORS)[number];

/**
 * Where a vendor is served. `base` is the origin standing in for the vendor's API host. LinkedIn and X
 * have two real hosts (www.linkedin.com / api.linkedin.com, x.com / api.x.com): `auth` and `api` name
 * them; the emulator serves both from one origin.
 */
export interface VendorOrigin {
  base: string;
  auth?: string;
  api?: string;
}
export type VendorOrigins = Record<Vendor, VendorOrigin>;

/** With a fixed control port P, vendors take P+1… in the order of VENDORS; with 0, each a free port. */
export function vendorPort(controlPort: number, vendor: Vendor): number {
  return controlPort === 0 ? 0 : controlPort + 1 + VENDORS.indexOf(vendor);
}

export function vendorOrigins(bases: Record<Vendor, string>): VendorOrigins {
  const origins = {} as VendorOrigins;
  for (const vendor of VENDORS) {
    const base = bases[vendor];
    origins[vendor] = vendor === 'linkedin' || vendor === 'x' ? { base, auth: base, api: base } : { base };
  }
  return origins;
}
