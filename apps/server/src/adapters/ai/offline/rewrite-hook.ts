// "New hook": the opening line is replaced by an opener of a different kind (a question for a
// statement, a contrarian take for a question, a short story for either, ...), about what the text
// is about. add_hook keeps the old opening below the new one; this one lets it go.
import type { VoiceStyle } from '../port.js';
import type { Rng } from './random.js';
import { leansBack } from './rewrite-shorten.js';
import { sentences } from './text.js';

type OpenerKind = 'question' | 'contrarian' | 'story' | 'statement';

/** What kind of opener a line is, by the same plain cues a reader would notice. */
export function openerKind(line: string): OpenerKind {
  const text = line.trim();
  if (/\?["'”’)]*$/.test(text)) return 'question';
  if (/unpopular opinion|hot take|overrated|\bmyth\b|is (wrong|backwards)|^stop\b|i disagree/i.test(text))
    return 'contrarian';
  if (
    /^(last (week|month|year)|(a few|two|three|\d+) (days|weeks|months|years) ago|in (19|20)\d\d|a short story)/i.test(
      text,
    )
  )
    return 'story';
  return 'statement';
}

function possessive(voice: VoiceStyle): string {
  return { I: 'my', we: 'our', you: 'your', neutral: 'one team’s' }[voice.person];
}

function openers(topic: string | null, voice: VoiceStyle): Record<OpenerKind, string[]> {
  if (!topic) return topicFreeOpeners(voice);
  const my = possessive(voice);
  return {
    // The topic is a bare word, singular or plural, so it only ever sits where no verb agrees with it.
    question: [
      `What would change if you took ${topic} seriously?`,
      `What does nobody tell you about ${topic}?`,
      `Where does your approach to ${topic} go wrong?`,
    ],
    contrarian: [
      `Unpopular opinion: most advice about ${topic} is backwards.`,
      `Hot take: the real problem with ${topic} is not the one people think.`,
    ],
    story: [`Last year, ${my} view of ${topic} changed.`, `A short story about ${topic}.`],
    statement: [
      `Here is what nobody tells you about ${topic}.`,
      `Most of the work hides in ${topic}.`,
      `Everything about ${topic} comes down to one habit.`,
    ],
  };
}

/** Openers that point at the post itself, for a text with no recurring subject word to name. */
function topicFreeOpeners(voice: VoiceStyle): Record<OpenerKind, string[]> {
  const my = possessive(voice);
  return {
    question: ['What would you do differently here?', 'Ever noticed how rarely this gets said out loud?'],
    contrarian: ['Unpopular opinion: the usual advice here is backwards.'],
    story: [`Last year, ${my} view on this changed.`, 'A short story.'],
    statement: ['Here is what nobody tells you.', 'This took me longer to learn than it should have.'],
  };
}

/** The opening (first line, or its first sentence when the line holds several) and what follows. */
export function splitOpening(text: string): { hook: string; rest: string } {
  const trimmed = text.trim();
  const end = trimmed.indexOf('\n');
  const firstLine = end < 0 ? trimmed : trimmed.slice(0, end);
  const after = end < 0 ? '' : trimmed.slice(end);
  const [first, ...more] = sentences(firstLine);
  // What follows the first sentence on its line only counts when it has words (not "🔥🔥").
  if (!first || !more.some((s) => /\p{L}/u.test(s)))
    return { hook: firstLine.trim(), rest: after.replace(/^\n+/, '') };
  // The rest of the first line becomes the first paragraph after the new opening.
  return { hook: first, rest: `${more.join(' ')}${after}` };
}

/**
 * A different kind of opener than the current one, never the same line. The openers are put in an
 * order fixed per text (kinds taking turns), and `nth` walks it: asking again gives the next one.
 */
export function newHook(text: string, topic: string | null, voice: VoiceStyle, rng: Rng, nth = 0): string {
  const { hook, rest } = splitOpening(text);
  const current = openerKind(hook);
  const bank = openers(topic, voice);
  const normal = (s: string) => s.toLowerCase().replace(/\W+/g, ' ').trim();
  const kinds = rng.shuffle((Object.keys(bank) as OpenerKind[]).filter((k) => k !== current));
  const lists = kinds.map((k) => rng.shuffle(bank[k]).filter((line) => normal(line) !== normal(hook)));
  const order: string[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++)
    for (const list of lists) if (list[i]) order.push(list[i] as string);
  const fresh = order[nth % Math.max(1, order.length)];
  if (!fresh) return text;
  // When what follows leans on the old opening ("The ones that…"), the old opening stays under the new.
  const body = leansBack(sentences(rest)[0] ?? '') ? text.trim() : rest.trim();
  return body ? `${fresh}\n\n${body}` : fresh;
}
