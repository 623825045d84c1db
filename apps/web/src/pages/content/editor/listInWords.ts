// "LinkedIn", "LinkedIn and X", "LinkedIn, X and Bluesky": names joined as a sentence reads them.
const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export function listInWords(names: readonly string[]): string {
  return listFormat.format(names);
}
