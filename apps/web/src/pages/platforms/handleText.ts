// How a connected account is named in the UI: its "@handle", or nothing where the platform has no
// handle of its own (LinkedIn repeats the display name, with spaces).
export function handleText(handle: string, displayName: string): string | null {
  if (handle === displayName || /\s/.test(handle)) return null;
  return handle.startsWith('@') ? handle : `@${handle}`;
}
