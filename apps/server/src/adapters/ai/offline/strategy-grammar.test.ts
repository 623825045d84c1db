// Every sentence a strategy shows the user (value proposition, persona names, roles, descriptions,
// pains and goals, pillar names, descriptions and example topics, goal titles) reads as finished
// English: no grammar-checker finding (harper.js, Spelling lints aside) and none of the draft checks
// that apply to a line of text (articles, doubled words, unfilled slots, lower-case starts, cut
// sentences), for the six onboarded personas and 300 varied answer sets.
//
// Excluded harper lints, each a false alarm on the user's own jargon, matched by kind and message:
// "ms" → "milliseconds" and "roadmap" → "road map" (WordChoice), "runbook" → "run book" (Typo or
// WordChoice, depending on the dictionary entry); and harper's Style lint asking for an Oxford comma,
// a house-style choice (the product writes "a, b and c", as many users do).
import type { Strategy } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { lintPlain, SPELLING_KIND } from '../../../test/writing/grammar.js';
import { PERSONAS } from '../../../test/writing/personas.js';
import { draftFindings } from '../quality/index.js';
import { OfflineGenerator } from './generator.js';
import { agree, phraseForm } from './phrase-form.js';
import { answersFor } from './strategy-answers.js';
import { terminate } from './text.js';

const generator = new OfflineGenerator(() => new Date('2027-01-15T08:00:00Z'));
const profile = { fullName: 'Dana Smith', headline: 'CFO for seed-stage startups', industry: null };

const JARGON: { kind: RegExp; message: RegExp }[] = [
  { kind: /^WordChoice$/, message: /`milliseconds`/ },
  { kind: /^WordChoice$/, message: /`road map`/ },
  { kind: /^(?:Typo|WordChoice)$/, message: /`run book`/ },
  { kind: /^Style$/, message: /Oxford comma/ },
];
/** Draft checks that judge a single line; list promises and invented numbers concern whole posts. */
const LINE_CODES = new Set(['article', 'repeated_word', 'unfilled_slot', 'lowercase_start', 'cut_sentence']);

function sentencesOf(s: Strategy): string[] {
  return [
    s.valueProposition,
    ...s.targetAudience.personas.flatMap((p) => [p.name, p.role, p.description, ...p.painPoints, ...p.goals]),
    ...s.contentPillars.flatMap((p) => [p.name, p.description, ...p.exampleTopics]),
    ...s.goals.map((g) => g.title),
  ];
}

/** Harper's findings on many lines at once (one paragraph each), mapped back to their line. */
async function grammarFindings(lines: string[]): Promise<string[]> {
  const out: string[] = [];
  for (let at = 0; at < lines.length; at += 100) {
    const batch = lines.slice(at, at + 100).map((l) => terminate(l));
    const text = batch.join('\n\n');
    const starts = batch.map((_, i) => batch.slice(0, i).reduce((n, l) => n + l.length + 2, 0));
    for (const lint of await lintPlain(text)) {
      if (lint.kind === SPELLING_KIND) continue;
      if (JARGON.some((j) => j.kind.test(lint.kind) && j.message.test(lint.message))) continue;
      const line = batch[starts.findLastIndex((s) => s <= lint.start)] ?? '';
      out.push(`${lint.kind}: ${lint.message} [${lint.problem}] in "${line}"`);
    }
  }
  return out;
}

function lineFindings(lines: string[]): string[] {
  return lines.flatMap((line) =>
    draftFindings(terminate(line))
      .filter((f) => LINE_CODES.has(f.code))
      .map((f) => `${f.code}: ${f.message} in "${line}"`),
  );
}

async function strategies(): Promise<Strategy[]> {
  const out: Strategy[] = [];
  for (const p of PERSONAS)
    out.push((await generator.generateStrategy({ answers: p.answers, profile: p.profile })).strategy);
  for (let seed = 1; seed <= 300; seed++)
    out.push((await generator.generateStrategy({ answers: answersFor(seed), profile, seed })).strategy);
  return out;
}

describe('strategy sentences', () => {
  it('have no grammar or draft-check finding for the personas and 300 answer sets', async () => {
    const lines = [...new Set((await strategies()).flatMap(sentencesOf))];
    expect(lines.length).toBeGreaterThan(500);
    expect(lineFindings(lines)).toEqual([]);
    expect(await grammarFindings(lines)).toEqual([]);
  }, 60_000);

  it('agree with the head noun of the phrase around which they are built', () => {
    const needs = (p: string) => agree(phraseForm(p), 'needs', 'need');
    expect(needs('SLOs')).toBe('need');
    expect(needs('SLOs that nobody looks at')).toBe('need');
    expect(needs('SLOs and error budgets')).toBe('need');
    expect(needs('observability')).toBe('needs');
    expect(needs('alert fatigue that burns out the on-call rotation')).toBe('needs');
    expect(needs('hiring senior engineers')).toBe('needs');
    expect(phraseForm('they struggle to forecast cash').shape).toBe('clause');
    expect(phraseForm('struggle to hire senior engineers').shape).toBe('verb');
    expect(phraseForm('dashboards nobody opens during an incident').shape).toBe('noun');
  });
});
