// IANA time zones for the settings picker, grouped by region and labelled with their UTC offset.
export interface TimeZoneOption {
  value: string;
  label: string;
}

export interface TimeZoneGroup {
  region: string;
  options: TimeZoneOption[];
}

let zonesCache: string[] | null = null;

function allZones(): string[] {
  // 'UTC' is valid for the server but some engines leave it out of supportedValuesOf.
  zonesCache ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])].sort();
  return zonesCache;
}

/** "UTC+05:30" style offset of `zone` right now (offsets change with daylight saving time). */
function currentOffset(zone: string, now: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      timeZoneName: 'longOffset',
    }).formatToParts(now);
    const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    return name === 'GMT' ? 'UTC±00:00' : name.replace('GMT', 'UTC');
  } catch {
    return '';
  }
}

/** Labels lead with the place ("Berlin", "Argentina/Buenos Aires") so typing a city jumps to it. */
function toOption(zone: string, now: Date): TimeZoneOption {
  const slash = zone.indexOf('/');
  if (zone === 'UTC') return { value: zone, label: 'UTC (Coordinated Universal Time)' };
  const place = (slash === -1 ? zone : zone.slice(slash + 1)).replaceAll('_', ' ');
  const offset = currentOffset(zone, now);
  return { value: zone, label: offset ? `${place} (${offset})` : place };
}

/**
 * Groups every known zone by its region prefix. `current` is always included, so a zone the
 * browser does not list (older engine, alias) still shows as selected instead of silently changing.
 */
export function timeZoneGroups(current: string): TimeZoneGroup[] {
  const now = new Date();
  const zones = allZones().includes(current) ? allZones() : [...allZones(), current];
  const groups = new Map<string, TimeZoneOption[]>();
  for (const zone of zones) {
    const region = zone.includes('/') ? (zone.split('/')[0] ?? 'Other') : 'Other';
    const list = groups.get(region) ?? [];
    list.push(toOption(zone, now));
    groups.set(region, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 'Other' ? -1 : b === 'Other' ? 1 : a.localeCompare(b)))
    .map(([region, options]) => ({ region, options }));
}

/** The browser's own zone, offered as a one-click choice when it differs from the saved one. */
export function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}
