// What a post is, for the pattern rules: its pillar, its topics (key phrases of its text), and its
// format (thread, list, question hook, length band, hashtag band). Each becomes a grouping — a set
// of posts sharing one level — that the report compares with the other posts. Media is not known
// for tracked posts (the platforms' metrics do not say), so it is not a grouping.
import { keyPhrases } from '../../platform/nlp/index.js';
import { MIN_GROUP_POSTS } from './stats.js';

export type Dimension = 'pillar' | 'topic' | 'thread' | 'list' | 'question_hook' | 'length' | 'hashtags';

/** Characters; bands people recognise (a tweet-sized post, a paragraph or two, an essay). */
export const LENGTH_BANDS = { short: 280, long: 1000 } as const;
/** Topics tested per report: the most frequent key phrases, so the test count stays bounded. */
export const MAX_TOPICS = 8;
/** Key phrases read from each post. */
const PHRASES_PER_POST = 5;

export interface FeaturedPost {
  text: string;
  pillar: string | null;
  contentType: string | null;
  /** The text's topics when already known (the key-phrase memo); read from the text otherwise. */
  topics?: string[];
}

export interface PostFeatures {
  pillar: string | null;
  topics: string[];
  thread: boolean;
  list: boolean;
  questionHook: boolean;
  length: 'short' | 'medium' | 'long';
  hashtags: 'none' | 'one_or_two' | 'three_plus';
}

export interface Grouping {
  dimension: Dimension;
  /** Stable id of the level: `topic:remote hiring`. */
  key: string;
  /** The level in words, as the message uses it ("remote hiring", "a question as the first line"). */
  label: string;
  members: boolean[];
}

const LIST_LINE = /^\s*(?:\d{1,2}[.)]|[-•*–])\s+\S/;
const THREAD_MARK = /(?:^|\s)1\/\d*(?:\s|$)|🧵/;
const HASHTAG = /(?:^|\s)#[\p{L}\p{N}_]+/gu;

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ''
  );
}

/** The topics of a post: its most salient key phrases, hashtags left out (they are their own band). */
export function topicsOfText(text: string): string[] {
  return [...new Set(keyPhrases(text.replace(HASHTAG, ' '), PHRASES_PER_POST).map((k) => k.phrase))];
}

export function featuresOf(post: FeaturedPost): PostFeatures {
  const chars = post.text.length;
  const tags = post.text.match(HASHTAG)?.length ?? 0;
  return {
    pillar: post.pillar,
    topics: post.topics ?? topicsOfText(post.text),
    thread: post.contentType === 'thread' || THREAD_MARK.test(post.text),
    list: post.text.split('\n').filter((l) => LIST_LINE.test(l)).length >= 3,
    questionHook: firstLine(post.text).endsWith('?'),
    length: chars < LENGTH_BANDS.short ? 'short' : chars > LENGTH_BANDS.long ? 'long' : 'medium',
    hashtags: tags === 0 ? 'none' : tags <= 2 ? 'one_or_two' : 'three_plus',
  };
}

/** A grouping is testable only when both it and the rest reach the minimum sample. */
function testable(members: boolean[]): boolean {
  const n = members.filter(Boolean).length;
  return n >= MIN_GROUP_POSTS && members.length - n >= MIN_GROUP_POSTS;
}

function levels<T extends string>(
  features: PostFeatures[],
  dimension: Dimension,
  pick: (f: PostFeatures) => T | null,
  label: (level: T) => string,
): Grouping[] {
  const seen = [...new Set(features.map(pick).filter((v): v is T => v !== null))].sort();
  return seen.map((level) => ({
    dimension,
    key: `${dimension}:${level}`,
    label: label(level),
    members: features.map((f) => pick(f) === level),
  }));
}

function topicGroupings(features: PostFeatures[]): Grouping[] {
  const counts = new Map<string, number>();
  for (const f of features) for (const t of f.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= MIN_GROUP_POSTS)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([topic]) => ({
      dimension: 'topic' as const,
      key: `topic:${topic}`,
      label: topic,
      members: features.map((f) => f.topics.includes(topic)),
    }));
}

/** A grouping that splits the posts exactly as an earlier one (or its mirror) tests nothing new. */
function distinct(groupings: Grouping[]): Grouping[] {
  const seen = new Set<string>();
  return groupings.filter((g) => {
    const split = g.members.map((m) => (m ? '1' : '0')).join('');
    const mirror = g.members.map((m) => (m ? '0' : '1')).join('');
    if (seen.has(split) || seen.has(mirror)) return false;
    seen.add(split);
    return true;
  });
}

const flag = (
  dimension: Dimension,
  label: string,
  features: PostFeatures[],
  on: (f: PostFeatures) => boolean,
) => ({
  dimension,
  key: `${dimension}:yes`,
  label,
  members: features.map(on),
});

const LENGTH_LABELS = {
  // No figures in labels: every number in a message must be an evidence number (see narrative.ts).
  short: 'short posts (tweet-length)',
  medium: 'medium-length posts',
  long: 'long posts (essay-length)',
};
const HASHTAG_LABELS = {
  none: 'posts without hashtags',
  one_or_two: 'posts with one or two hashtags',
  three_plus: 'posts with three or more hashtags',
};

/**
 * Every grouping worth testing in these posts, each splitting them differently; two-level formats
 * test only the "yes" side. Formats and pillars come first, so a topic that only echoes one (the
 * "question" in every question hook) is dropped, and at most MAX_TOPICS topics are tested.
 */
export function groupingsOf(features: PostFeatures[]): Grouping[] {
  const fixed: Grouping[] = [
    ...levels(
      features,
      'pillar',
      (f) => f.pillar,
      (p) => `your "${p}" pillar`,
    ),
    flag('thread', 'threads', features, (f) => f.thread),
    flag('list', 'posts written as a list', features, (f) => f.list),
    flag('question_hook', 'posts that open with a question', features, (f) => f.questionHook),
    ...levels(
      features,
      'length',
      (f) => f.length,
      (l) => LENGTH_LABELS[l],
    ),
    ...levels(
      features,
      'hashtags',
      (f) => f.hashtags,
      (h) => HASHTAG_LABELS[h],
    ),
  ];
  const formats = distinct(fixed.filter((g) => testable(g.members)));
  const topics = distinct([...formats, ...topicGroupings(features).filter((g) => testable(g.members))])
    .slice(formats.length)
    .slice(0, MAX_TOPICS);
  return [...formats, ...topics];
}
