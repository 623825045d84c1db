// The checks every draft passes before it is shown, whichever engine wrote it: promises kept (a list
// has the items it announces), no sentence cut short, English a grammar checker would not flag in
// the ways generated text goes wrong (articles, doubled words, lower-case starts, unfilled slots),
// and no number the writer never gave us. Pure functions of the text, so tests and the bench use them.
import type { AuthorFacts } from '../port.js';
import { articleMistakes } from './articles.js';
import { announcedCount, listItemCount } from './lists.js';

export type FindingCode =
  | 'broken_list'
  | 'cut_sentence'
  | 'repeated_word'
  | 'article'
  | 'lowercase_start'
  | 'unfilled_slot'
  | 'invented_number';

export interface DraftFinding {
  code: FindingCode;
  message: string;
}

/** What a draft may draw on: any number it holds must come from here. */
export interface DraftMaterial {
  topic?: string;
  facts?: AuthorFacts;
  samples?: string[];
  source?: string;
}

/** Blocks of a draft: thread parts lose their "1/5" numbering, hashtag-only lines are dropped. */
function blocksOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .replace(/^\s*\d+\/\d+\s+/, '')
        .replace(/\s*\(\d+\/\d+\)\s*$/, '')
        .trim(),
    )
    .filter((b) => b.length > 0 && !/^(?:[#@][\p{L}\p{N}_]+\s*)+$/u.test(b));
}

const HASHTAG_TAIL = /(?:(?:^|\s+)[#@][\p{L}\p{N}_]+)+\s*$/u;
const EMOJI_TAIL = /(?:\s*\p{Extended_Pictographic}\uFE0F?)+\s*$/u;
/** The end a finished line may have: sentence punctuation, a colon before a list, a closing quote or bracket. */
const FINISHED = /[.!?:…)"'”’\]]$/u;

function cutSentences(blocks: string[]): DraftFinding[] {
  const out: DraftFinding[] = [];
  for (const block of blocks)
    for (const raw of block.split('\n')) {
      const line = raw.replace(HASHTAG_TAIL, '').replace(EMOJI_TAIL, '').trim();
      if (line === '' || /^#{1,6}\s/.test(line) || /^https?:\/\/\S+$/.test(line)) continue;
      if (!FINISHED.test(line) || /\b(?:and|or|but|the|a|an)[.…]$/.test(line))
        out.push({ code: 'cut_sentence', message: `Ends mid-sentence: "…${line.slice(-40)}"` });
    }
  return out;
}

function repeatedWords(text: string): DraftFinding[] {
  const found = [...text.matchAll(/\b(\p{L}+)\s+\1\b/giu)].filter(
    (m) => !/^(that|had|is)$/i.test(m[1] ?? ''),
  );
  return found.map((m) => ({ code: 'repeated_word', message: `Doubled word: "${m[0]}"` }));
}

function lowercaseStarts(blocks: string[]): DraftFinding[] {
  const out: DraftFinding[] = [];
  for (const block of blocks)
    for (const line of block.split('\n')) {
      const body = line.replace(/^\s*(?:\d+[.)]|[-•→*])\s+/, '').trim();
      const starts = [body, ...[...body.matchAll(/[.!?]\s+(\S+)/gu)].map((m) => m[1] ?? '')];
      for (const start of starts)
        if (/^\p{Ll}/u.test(start) && !/^(?:[a-z]+[A-Z]|e\.g|i\.e|iOS|npm|p\d)/.test(start))
          out.push({ code: 'lowercase_start', message: `Sentence starts in lower case: "${start}"` });
    }
  return out;
}

const NUMBER = /(?<![\p{L}\p{N}/.])\d+(?:[.,]\d+)*(?![\p{L}]*\/)/gu;

function numbersIn(text: string): Set<string> {
  return new Set([...text.matchAll(NUMBER)].map((m) => m[0].replace(/,/g, '')));
}

/** Numbers of two or more digits that none of the writer's material contains (list numbering aside). */
function inventedNumbers(text: string, material: DraftMaterial): DraftFinding[] {
  const f = material.facts;
  const known = numbersIn(
    [
      material.topic ?? '',
      material.source ?? '',
      ...(material.samples ?? []),
      ...(f
        ? [...f.achievements, ...f.audienceProblems, ...f.expertise, String(f.yearsExperience ?? '')]
        : []),
    ].join('\n'),
  );
  const withoutMarkers = text.replace(/^\s*\d+[.)/]\d*\s/gm, '').replace(/\b\d+\/\d+\b/g, '');
  return [...numbersIn(withoutMarkers)]
    .filter((n) => n.replace(/\D/g, '').length >= 2 && !known.has(n))
    .map((n) => ({ code: 'invented_number', message: `The number ${n} is not in anything you gave us` }));
}

export function draftFindings(text: string, material: DraftMaterial = {}): DraftFinding[] {
  const blocks = blocksOf(text);
  const findings: DraftFinding[] = [];
  const announced = announcedCount(text);
  if (announced !== undefined) {
    const listed = listItemCount(blocks);
    if (listed !== announced)
      findings.push({ code: 'broken_list', message: `Announces ${announced} items and lists ${listed}` });
  }
  if (/\{\w+\}/.test(text))
    findings.push({ code: 'unfilled_slot', message: 'A template slot was left unfilled' });
  findings.push(
    ...cutSentences(blocks),
    ...repeatedWords(text),
    ...articleMistakes(text).map((m) => ({ code: 'article' as const, message: m })),
    ...lowercaseStarts(blocks),
    ...inventedNumbers(text, material),
  );
  return findings;
}
