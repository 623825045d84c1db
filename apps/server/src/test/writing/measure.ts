// The writing metrics, one draft (or one human sample) at a time: grammar findings by lint kind
// (spelling apart, see grammar.ts), the shared draft checks (broken lists, cut sentences, articles,
// doubled words, lower-case starts, unfilled slots, invented numbers), own-fact use (facts.ts) and
// the sentences that drew findings. Used by `npm run bench:writing` and the suite check alike.
import { type DraftFinding, draftFindings } from '../../adapters/ai/quality/index.js';
import { type FactUse, factUse } from './facts.js';
import type { Draft } from './generate.js';
import { type GrammarLint, lintPlain, plainText, SPELLING_KIND, wordCount } from './grammar.js';
import type { Persona } from './personas.js';
import { topicMisfits } from './topic-fit.js';

export interface ScoredSentence {
  sentence: string;
  /** What was found in it: harper's lint kinds and messages, the draft checks' codes. */
  findings: string[];
}

export interface Measured {
  words: number;
  /** Non-spelling harper lints. */
  grammar: number;
  spelling: number;
  byKind: Record<string, number>;
  /** Draft checks; a thread's whole text and each of its parts, each finding once. */
  findings: DraftFinding[];
  fact?: FactUse;
  /** The topic pasted where only a noun phrase fits (topic-fit.ts); the quoted places. */
  misfits: string[];
  sentences: ScoredSentence[];
  /** Reasons under the draft's scores whose premise is false of it (explained.ts), when checked. */
  falsePremises?: string[];
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences of the plain text with their spans, so lints can be placed in them. */
function sentencesOf(plain: string): { text: string; start: number; end: number }[] {
  return [...sentenceSegmenter.segment(plain)].map((s) => ({
    text: s.segment.trim(),
    start: s.index,
    end: s.index + s.segment.length,
  }));
}

/** A finding's quoted fragment ("…it ends here"), to find the sentence it is about. */
function quotedFragment(message: string): string | undefined {
  return /"…?([^"]{3,})"/.exec(message)?.[1]?.trim();
}

function scoreSentences(plain: string, lints: GrammarLint[], findings: DraftFinding[]): ScoredSentence[] {
  const scored = sentencesOf(plain).map((s) => ({ ...s, findings: [] as string[] }));
  for (const lint of lints) {
    if (lint.kind === SPELLING_KIND) continue;
    const hit = scored.find((s) => lint.start >= s.start && lint.start < s.end);
    hit?.findings.push(`${lint.kind}: ${lint.message}`);
  }
  for (const finding of findings) {
    const fragment = quotedFragment(finding.message);
    const hit = fragment ? scored.find((s) => s.text.includes(fragment)) : undefined;
    hit?.findings.push(`${finding.code}: ${finding.message}`);
  }
  return scored
    .filter((s) => s.findings.length > 0)
    .map(({ text, findings: f }) => ({ sentence: text, findings: f }));
}

function countKinds(lints: GrammarLint[]): Record<string, number> {
  const byKind: Record<string, number> = {};
  for (const l of lints) byKind[l.kind] = (byKind[l.kind] ?? 0) + 1;
  return byKind;
}

/** Grammar figures of any text, human or generated, through the same plainText and linter. */
export async function measureLanguage(text: string) {
  const plain = plainText(text);
  const lints = await lintPlain(plain);
  const spelling = lints.filter((l) => l.kind === SPELLING_KIND).length;
  return { plain, lints, words: wordCount(plain), spelling, grammar: lints.length - spelling };
}

/**
 * The draft checks on the whole text and on each thread part, each distinct finding once. A list
 * may run across parts, so whether it keeps its promise is judged on the whole thread only.
 */
function checks(draft: Draft): DraftFinding[] {
  const material = { topic: draft.topic.text, facts: draft.persona.facts, samples: draft.persona.samples };
  const perPart = (draft.parts ?? [])
    .flatMap((t) => draftFindings(t, material))
    .filter((f) => f.code !== 'broken_list');
  const all = [...draftFindings(draft.text, material), ...perPart];
  const seen = new Set<string>();
  return all.filter((f) => {
    const key = `${f.code}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function measureDraft(draft: Draft): Promise<Measured> {
  const language = await measureLanguage(draft.text);
  const findings = checks(draft);
  const p = draft.persona;
  const fact = factUse(draft.text, {
    topic: draft.topic.text,
    facts: p.facts,
    audience: p.answers.audience,
    samples: p.samples,
  });
  return {
    words: language.words,
    grammar: language.grammar,
    spelling: language.spelling,
    byKind: countKinds(language.lints),
    findings,
    ...(fact ? { fact } : {}),
    misfits: topicMisfits(language.plain, draft.topic),
    sentences: scoreSentences(language.plain, language.lints, findings),
  };
}

/** The human baseline: every sample of the given personas, measured like a draft's language. */
export async function measureHuman(personas: Persona[]): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const sample of personas.flatMap((p) => p.samples)) {
    const language = await measureLanguage(sample);
    out.push({
      words: language.words,
      grammar: language.grammar,
      spelling: language.spelling,
      byKind: countKinds(language.lints),
      findings: [],
      misfits: [],
      sentences: scoreSentences(language.plain, language.lints, []),
    });
  }
  return out;
}
