// Turns the profile's measured characteristics into short sentences a person can read, grouped
// the way the API groups them: tone, sentence structure, vocabulary and engagement.
import { countOf, rateInWords, type VoiceCharacteristics } from '@brandwright/contracts';

export interface CharacteristicGroup {
  title: string;
  items: string[];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const num = (value: number, digits = 1) =>
  value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const PERSON: Record<VoiceCharacteristics['vocabularyPatterns']['dominantPerson'], string> = {
  'first singular': 'Mostly writes as "I"',
  'first plural': 'Mostly writes as "we"',
  second: 'Mostly speaks to the reader as "you"',
  third: 'Rarely says "I", "we" or "you"',
};

function readingEaseWords(ease: number): string {
  if (ease >= 70) return 'easy to read';
  if (ease >= 50) return 'fairly easy to read';
  if (ease >= 30) return 'fairly demanding to read';
  return 'demanding to read';
}

function tone(t: VoiceCharacteristics['tonePreferences']): CharacteristicGroup {
  const formality =
    t.formality === 'neutral' ? 'Neither formal nor casual' : `${capitalise(t.formality)} tone`;
  return {
    title: 'Tone',
    items: [
      formality,
      `${capitalise(t.sentiment)} overall sentiment`,
      `${num(t.contractionsPer100Words)} contractions (like "don't") per 100 words`,
      capitalise(rateInWords(t.exclamationShare, 'sentence', { one: 'ends', many: 'end' }, 'with !')),
    ],
  };
}

/** Paragraphs as the reader sees them, with their size when the profile measured it. */
function layout(s: VoiceCharacteristics['sentenceStructure']): string {
  const per = s.sentencesPerParagraph;
  if (per === undefined) return `Layout: ${s.lineBreakStyle}`;
  if (s.lineBreakStyle === 'one line per sentence') return 'Layout: one sentence per paragraph';
  return `Layout: ${s.lineBreakStyle}, about ${num(per)} sentences each`;
}

function sentences(s: VoiceCharacteristics['sentenceStructure']): CharacteristicGroup {
  return {
    title: 'Sentence structure',
    items: [
      `About ${num(s.averageWords, 0)} words per sentence (give or take ${num(s.variation, 0)})`,
      `${percent(s.shortShare)} short sentences (8 words or fewer), ${percent(s.longShare)} long ones (25 or more)`,
      capitalise(rateInWords(s.questionShare, 'sentence', { one: 'is', many: 'are' }, 'a question')),
      layout(s),
      `${capitalise(readingEaseWords(s.readingEase))}: reading ease ${num(s.readingEase, 0)}, about grade ${num(s.gradeLevel, 0)}`,
    ],
  };
}

function vocabulary(v: VoiceCharacteristics['vocabularyPatterns']): CharacteristicGroup {
  const items = [
    PERSON[v.dominantPerson],
    `Words average ${num(v.averageWordLength)} letters; ${num(v.complexWordsPer100Words)} long words (3+ syllables) per 100`,
  ];
  const common = v.topFunctionWords.slice(0, 5).map((w) => `"${w.name}"`);
  if (common.length > 0) items.push(`Most used small words: ${common.join(', ')}`);
  if (v.keyPhrases.length > 0) items.push(`Recurring phrases: ${v.keyPhrases.slice(0, 6).join(', ')}`);
  return { title: 'Vocabulary', items };
}

/** Questions per post, the unit a writer recognises, when the profile measured it. */
function questionsPerPost(e: VoiceCharacteristics['engagementStyle']): string[] {
  const posts = e.postsMeasured ?? 0;
  if (posts <= 0) return [];
  return [
    `Ends ${countOf(e.postsEndingWithQuestion ?? 0, posts)} with a question`,
    `Asks at least one question in ${countOf(e.postsWithQuestion ?? 0, posts)}`,
  ];
}

function engagement(e: VoiceCharacteristics['engagementStyle']): CharacteristicGroup {
  return {
    title: 'Engagement style',
    items: [
      ...questionsPerPost(e),
      e.emojiPer100Words === 0 ? 'No emoji' : `${num(e.emojiPer100Words)} emoji per 100 words`,
      `${num(e.hashtagsPerPost)} hashtags, ${num(e.mentionsPerPost)} mentions and ${num(e.linksPerPost)} links per post`,
      e.listLineShare > 0 ? `${percent(e.listLineShare)} of lines are list items` : 'No bullet lists',
    ],
  };
}

export function characteristicGroups(ch: VoiceCharacteristics): CharacteristicGroup[] {
  return [
    tone(ch.tonePreferences),
    sentences(ch.sentenceStructure),
    vocabulary(ch.vocabularyPatterns),
    engagement(ch.engagementStyle),
  ];
}

/** The API's description ("short sentences; asks questions; …") as one readable sentence. */
export function descriptionSentence(description: string): string {
  const text = capitalise(description.trim());
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
