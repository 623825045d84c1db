// What the fake models answer: valid JSON for Brandwright's strategy, posts and rewrite prompts,
// read from the same cues a real model gets (the schema keys, "Today is", "Topic:", the variant
// count), plus the deliberately broken answers that the fault kinds ask for. Posts are posts.ts.
import { type DraftFlaw, flawedPosts, posts } from './posts.js';

const DAY_MS = 86_400_000;

function today(prompt: string): Date {
  const match = /Today is (\d{4}-\d{2}-\d{2})/.exec(prompt);
  return match ? new Date(`${match[1]}T00:00:00Z`) : new Date();
}

const day = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS).toISOString().slice(0, 10);

function strategy(prompt: string): unknown {
  const now = today(prompt);
  return {
    valueProposition:
      'I help early-stage founders turn messy go-to-market experiments into a repeatable process, drawing on ten years of hands-on work.',
    targetAudience: {
      personas: [
        {
          name: 'Seed-stage founder',
          role: 'Founder of a seed-stage startup',
          description: 'Runs a small team and owns sales until the first hire; short on time and data.',
          painPoints: ['No repeatable way to find customers', 'Too many channels, too little focus'],
          goals: ['Find a channel that works', 'Hire the first salesperson with confidence'],
          platforms: ['linkedin'],
        },
      ],
    },
    contentPillars: [
      {
        name: 'Go-to-market experiments',
        description: 'How to design, run and read small go-to-market tests.',
        exampleTopics: ['A two-week channel test', 'Reading noisy results'],
        share: 40,
      },
      {
        name: 'Founder-led sales',
        description: 'What works when the founder is still the whole sales team.',
        exampleTopics: ['The first ten calls', 'Writing a follow-up that gets replies'],
        share: 35,
      },
      {
        name: 'Lessons learned',
        description: 'Honest stories of what did not work and what changed after.',
        exampleTopics: ['A launch that flopped', 'What I would do differently'],
        share: 25,
      },
    ],
    goals: [
      {
        title: 'Start client conversations from posts',
        metric: 'inbound conversations',
        target: 6,
        dueDate: day(now, 90),
      },
      { title: 'Publish three posts a week', metric: 'posts published', target: 39, dueDate: day(now, 91) },
    ],
  };
}

function rewrite(prompt: string): unknown {
  const text = /<text>\n?([\s\S]*?)\n?<\/text>/.exec(prompt)?.[1]?.trim() ?? 'A rewritten text.';
  return { text: `${text}\n\nThat is the short version.` };
}

type Task = 'strategy' | 'posts' | 'rewrite';

/**
 * The task, read from the JSON Schema the system message demands, as a model would. Only the schema
 * is looked at: the user message carries the user's own data (a posts prompt includes the strategy,
 * with its "valueProposition"), which must not be mistaken for the shape asked for.
 */
function taskOf(prompt: string): Task {
  const schema = /validate against this JSON Schema: (.+)$/m.exec(prompt)?.[1] ?? prompt;
  if (schema.includes('"valueProposition"')) return 'strategy';
  if (schema.includes('"variants"')) return 'posts';
  return 'rewrite';
}

/** The answer for a prompt: JSON text of the shape its schema asks for. */
export function answerFor(prompt: string): string {
  const task = taskOf(prompt);
  if (task === 'strategy') return JSON.stringify(strategy(prompt));
  if (task === 'posts') return JSON.stringify(posts(prompt));
  return JSON.stringify(rewrite(prompt));
}

/** Parses as JSON but breaks the schema (a pillar share off, a missing field, an empty list). */
export function invalidAnswerFor(prompt: string): string {
  const task = taskOf(prompt);
  if (task === 'strategy') {
    const s = strategy(prompt) as { contentPillars: { share: number }[] };
    const first = s.contentPillars[0];
    if (first) first.share = 10;
    return JSON.stringify(s);
  }
  if (task === 'posts') return JSON.stringify({ variants: [] });
  return JSON.stringify({ rewritten: true });
}

/** A valid posts answer whose drafts carry `flaws`; other tasks answer as usual. */
export function flawedAnswerFor(prompt: string, flaws: readonly DraftFlaw[]): string {
  if (taskOf(prompt) !== 'posts') return answerFor(prompt);
  return JSON.stringify(flawedPosts(prompt, flaws));
}

export const MALFORMED_ANSWER = 'Sure! Here is the JSON you asked for: {"variants": [ {"hook": "Unfinished';

/** The prompt as one text: every message's text content, in order. */
export function promptText(messages: unknown, system?: unknown): string {
  const parts: string[] = [];
  const add = (content: unknown) => {
    if (typeof content === 'string') parts.push(content);
    else if (Array.isArray(content))
      for (const part of content)
        if (part && typeof part === 'object' && 'text' in part) parts.push(String(part.text));
  };
  add(system);
  if (Array.isArray(messages)) for (const m of messages) add((m as { content?: unknown }).content);
  return parts.join('\n');
}
