// Word counting the way the voice API counts: whitespace-separated tokens with a letter or digit.
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** "1 word", "23 words", with thousands separators. */
export function wordsLabel(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'word' : 'words'}`;
}
