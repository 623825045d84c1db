// Rates said the way people say them ("1 in 12 sentences ends with !", "every post"), shared by the
// server's voice descriptions and the web's profile card, so a 0..1 share is never shown as a number.

/** "1 in 12 sentences ends with !", "7 in 10 sentences end with !", "no sentence ends with !". */
export function rateInWords(
  share: number,
  noun: string,
  verb: { one: string; many: string },
  rest = '',
): string {
  const tail = rest ? ` ${rest}` : '';
  if (!(share > 0)) return `no ${noun} ${verb.one}${tail}`;
  if (share >= 0.95) return `every ${noun} ${verb.one}${tail}`;
  // Above one in two, "n in 10" reads better than "1 in 1".
  if (share > 0.5) {
    const tenths = Math.round(share * 10);
    return `${tenths} in 10 ${noun}s ${tenths === 1 ? verb.one : verb.many}${tail}`;
  }
  return `1 in ${Math.max(2, Math.round(1 / share))} ${noun}s ${verb.one}${tail}`;
}

/** "3 of 3 samples", "1 of 4 samples": weighted counts rounded to whole samples. */
export function countOf(part: number, whole: number, noun = 'sample'): string {
  const total = Math.max(0, Math.round(whole));
  const some = Math.min(total, Math.max(0, Math.round(part)));
  return `${some} of ${total} ${total === 1 ? noun : `${noun}s`}`;
}
