// The shipped template library. Ids (`builtin:<slug>`) are stable: drafts record them in
// aiMetadata.template, so a slug is never renamed or reused. Structures describe each part in words,
// never with placeholder brackets, so a generator cannot leak a literal placeholder into a post.
import type { ContentTemplate } from '@brandwright/contracts';

type Builtin = Pick<ContentTemplate, 'name' | 'description' | 'structure' | 'format'> & { slug: string };

const library: Builtin[] = [
  {
    slug: 'hook',
    name: 'Hook styles',
    description: 'A strong first line in one of five styles, then the point and a call to action.',
    structure:
      'Open with one line in a chosen hook style: a surprising number, a bold claim, a short confession, a question the reader is asking themselves, or a before-and-after contrast. Follow with two or three short lines that pay off the hook with the actual point. Close with one line inviting a reply.',
    format: 'post',
  },
  {
    slug: 'listicle',
    name: 'Listicle',
    description: 'A promise of a number of tips, each on its own line, and a takeaway.',
    structure:
      'State how many things the reader will learn and why they matter to them. List each item on its own line, starting with a number, each one actionable in a sentence. End with the single item you would pick if the reader only tries one, and ask which one they would add.',
    format: 'post',
  },
  {
    slug: 'story',
    name: 'Story',
    description: 'A short personal story with a turning point and what it taught you.',
    structure:
      'Set the scene in one sentence: where you were and what was at stake. Describe the moment things went wrong or changed. Say what you did next. Finish with the lesson the reader can use, in one plain sentence.',
    format: 'post',
  },
  {
    slug: 'contrarian',
    name: 'Contrarian take',
    description: 'Challenge a common belief in your field and back it up.',
    structure:
      'Name a piece of advice everyone in your field repeats. Say plainly that you disagree. Give two or three reasons from your own experience or data. Offer what you do instead, and acknowledge when the usual advice still holds.',
    format: 'post',
  },
  {
    slug: 'how-to',
    name: 'How-to',
    description: 'Step-by-step instructions for one concrete outcome.',
    structure:
      'Name the outcome and who it is for. Give the steps in order, one per line, each starting with a verb. Mention the most common mistake and how to avoid it. End with what the reader should see when it worked.',
    format: 'post',
  },
  {
    slug: 'lesson-learned',
    name: 'Lesson learned',
    description: 'A mistake or a win, and the principle you took from it.',
    structure:
      'Start with what you believed before. Describe the event that proved you wrong, with one specific detail. State the principle you follow now. Close by asking readers whether they learned the same thing the hard way.',
    format: 'post',
  },
  {
    slug: 'question',
    name: 'Question',
    description: 'Ask your audience a focused question and share your own answer first.',
    structure:
      'Give one or two lines of context on a decision your audience faces. Share your own answer briefly so readers have something to react to. Ask one clear question that can be answered in a comment.',
    format: 'post',
  },
  {
    slug: 'announcement',
    name: 'Announcement',
    description: 'News about you or your work, framed by what it means for the reader.',
    structure:
      'Lead with the news in one sentence. Explain why it matters to the audience, not only to you. Thank the people who made it happen, by name where appropriate. Say what happens next and how readers can take part.',
    format: 'post',
  },
  {
    slug: 'carousel-outline',
    name: 'Carousel outline',
    description: 'Slide-by-slide outline for a document or image carousel.',
    structure:
      'Slide one: a title that promises a specific result. Slide two: the problem in the reader’s words. Slides three to seven: one idea per slide, a short headline and at most two supporting lines. Final slide: a summary and a call to follow or save. The post text introduces the carousel in two lines.',
    format: 'carousel',
  },
  {
    slug: 'thread',
    name: 'Thread',
    description: 'A numbered thread that unpacks one idea across several short posts.',
    structure:
      'The first post states the idea and promises what the thread covers. Each following post makes one point that stands on its own, with an example. The last post sums up in one line and asks readers to share the thread or reply with their experience.',
    format: 'thread',
  },
];

export const BUILTIN_PREFIX = 'builtin:';

export const BUILTIN_TEMPLATES: readonly ContentTemplate[] = library.map(({ slug, ...rest }) => ({
  id: `${BUILTIN_PREFIX}${slug}`,
  builtin: true,
  ...rest,
  createdAt: null,
  updatedAt: null,
}));

export function findBuiltinTemplate(id: string): ContentTemplate | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
