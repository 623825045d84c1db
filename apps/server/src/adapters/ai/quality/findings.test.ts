import { describe, expect, it } from 'vitest';
import { NO_FACTS } from '../port.js';
import { draftFindings } from './findings.js';

const codes = (text: string, material = {}) => draftFindings(text, material).map((f) => f.code);

describe('draftFindings', () => {
  it('passes a finished post', () => {
    const post =
      'Three things I learned cutting our alert volume:\n\n1. Page on symptoms.\n2. Delete what nobody acts on.\n3. Review every page weekly.\n\nWhich one would you add?\n\n#SRE #OnCall';
    expect(codes(post)).toEqual([]);
  });

  it('finds a list that breaks its promise, counted across thread parts', () => {
    expect(codes('1/2 These four things changed how we run on-call:\n\n2/2 • Page on symptoms.')).toContain(
      'broken_list',
    );
    expect(
      codes('1/2 Three lessons from on-call:\n\n2/2 1. Sleep.\n2. Delete alerts.\n3. Write runbooks.'),
    ).toEqual([]);
  });

  it('finds a cut sentence, a doubled word, a wrong article and a lower-case start', () => {
    expect(codes('We shipped the new pipeline and')).toContain('cut_sentence');
    expect(codes('We raised it before the.')).toContain('cut_sentence');
    expect(codes('We raised our Series A. Then we hired.')).toEqual([]);
    expect(codes('This is the the plan.')).toContain('repeated_word');
    expect(codes('A observability platform helps. An user agrees.')).toEqual(['article', 'article']);
    expect(codes('An SLO matters. A user agrees. An hour passed. A one-off.')).toEqual([]);
    expect(codes('It works. then it breaks.')).toContain('lowercase_start');
  });

  it('flags numbers the writer never gave, not the ones they did', () => {
    const facts = { ...NO_FACTS, achievements: ['Cut p99 latency from 900 to 180 ms'] };
    expect(codes('We cut p99 from 900 to 180 ms.', { facts })).toEqual([]);
    expect(codes('We cut costs by 37% in a quarter.', { facts })).toEqual(['invented_number']);
    expect(codes('1/3 Start here.\n\n2/3 Then this.\n\n3/3 Done.')).toEqual([]);
  });
});
