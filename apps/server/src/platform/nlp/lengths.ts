// Lengths as platforms count them: X's weighted length (URLs count 23, CJK and emoji count double)
// via the official twitter-text library, and user-perceived characters (graphemes).
import twitterText from 'twitter-text';

// twitter-text is CommonJS: its named exports are only reachable through the default import.
const { parseTweet } = twitterText;

/** Length of `text` as X counts it against the 280 limit. */
export function xWeightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters as a reader sees them: "👍🏽" and "é" (e + combining accent) count as one each. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}
