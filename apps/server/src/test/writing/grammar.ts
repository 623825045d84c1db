// The grammar checker of the writing benchmark: harper.js (offline, WASM), one linter per process.
// Generated drafts and the personas' human samples go through the same plainText() and the same
// linter, so the two figures compare like with like.
//
// Lint kinds: harper's "Spelling" lints fire on legitimate jargon (SLO, p99, ARR, WCAG) in human
// text as much as in drafts, so they are counted apart (spelling) and never in the grammar figure;
// every other kind (Agreement, Capitalization, Grammar, Punctuation, Repetition, WordChoice, Style,
// …) counts as a grammar finding.
import { type Lint, LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';

export const SPELLING_KIND = 'Spelling';

export interface GrammarLint {
  kind: string;
  message: string;
  /** Offsets into the plain text that was linted. */
  start: number;
  end: number;
  /** The flagged characters. */
  problem: string;
}

let linter: Promise<LocalLinter> | undefined;

/** The process's linter, set up once (about 1.6 s). */
function sharedLinter(): Promise<LocalLinter> {
  linter ??= (async () => {
    const created = new LocalLinter({ binary });
    await created.setup();
    return created;
  })();
  return linter;
}

const THREAD_LEAD = /^\s*\d+\s*\/\s*\d+[.:)]?\s+/gm;
const THREAD_TAIL = /\s*\(\d+\s*\/\s*\d+\)[ \t]*$/gm;
const URL = /\bhttps?:\/\/\S+/g;
const TAG_TAIL = /(?:[ \t]*[#@][\p{L}\p{N}_]+)+[ \t]*$/gmu;
const MENTION = /(^|\s)@[\p{L}\p{N}_]+/gu;
const HASHTAG = /(^|\s)#([\p{L}\p{N}_]+)/gu;
const EMOJI = /\p{Extended_Pictographic}\uFE0F?/gu;

/**
 * The words a reader reads, without the markup around them: markdown (headings, emphasis, links,
 * code, quotes, list markers), URLs, thread numbering ("1/5 ", " (1/5)"), emoji, trailing runs of
 * hashtags or @mentions, other @mentions; an inline hashtag keeps its word ("#observability" →
 * "observability") so the sentence around it stays whole.
 */
export function plainText(text: string): string {
  return text
    .replace(THREAD_LEAD, '')
    .replace(THREAD_TAIL, '')
    .replace(URL, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*(?:\d+[.)]|[-*•→✅])\s+/gmu, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])[*_](\S(?:.*?\S)?)[*_](?![\p{L}\p{N}])/gu, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(EMOJI, '')
    .replace(TAG_TAIL, '')
    .replace(MENTION, '$1')
    .replace(HASHTAG, '$1$2')
    .replace(/[ \t]+/g, ' ')
    .replace(/ +$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function toGrammarLint(lint: Lint, text: string): GrammarLint {
  const span = lint.span();
  return {
    kind: lint.lint_kind(),
    message: lint.message(),
    start: span.start,
    end: span.end,
    problem: text.slice(span.start, span.end),
  };
}

/** Harper's lints on text that is already plain (see plainText). */
export async function lintPlain(plain: string): Promise<GrammarLint[]> {
  if (plain.trim() === '') return [];
  const lints = await (await sharedLinter()).lint(plain);
  return lints.map((l) => toGrammarLint(l, plain));
}

/** Words as the figures count them: runs of letters or digits (so "p99" and "180" are words). */
export function wordCount(plain: string): number {
  return plain.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
