// The offline composer's phrase bank: per post template a set of hooks, body beats and calls to action.
// Slots are filled by compose.ts: {I} {my} {me} {am} {was} follow the voice's person; {topic},
// {audience}, {pain}, {n} come from the request and strategy. Every line must read as finished English.
import type { PostTemplate } from '../port.js';

/** One beat of a post: alternatives, the first short and the rest longer, chosen by sentence length. */
export type Beat = readonly string[];

export interface TemplateBank {
  hooks: readonly string[];
  /** Beats in order; list templates put their items in `items` instead. */
  beats: readonly Beat[];
  /** Numbered or bulleted items (listicle, how-to), picked and ordered by the seed. */
  items?: readonly string[];
  ctaQuestions: readonly string[];
  ctaStatements: readonly string[];
}

const ADVICE = [
  'Start with the problem, not the tool.',
  'Write down what good looks like before you begin.',
  'Ask {audience} what they actually need, then listen.',
  'Measure one thing that matters instead of ten that do not.',
  'Ship a small version first and improve it in public.',
  'Say no to work that does not move the goal.',
  'Review what worked every Friday and drop what did not.',
  'Borrow a proven process before inventing your own.',
];

export const TEMPLATES: Record<PostTemplate, TemplateBank> = {
  listicle: {
    hooks: [
      '{n} things {I} wish {sub} had known about {topic} sooner:',
      '{n} lessons about {topic} that took {me} years to learn:',
      'If {I} had to start over with {topic}, {sub} would focus on these {n} things:',
    ],
    beats: [],
    items: ADVICE,
    ctaQuestions: ['Which one would you add?', 'Which of these is hardest for you?'],
    ctaStatements: [
      'Save this for the next time you work on {topic}.',
      'Share it with someone who needs it.',
    ],
  },
  story: {
    hooks: [
      'Two years ago, {I} {was} getting {topic} completely wrong.',
      'The worst mistake {I} made with {topic} looked like a good idea at the time.',
      'A short story about {topic} and a lesson {I} did not expect.',
    ],
    beats: [
      [
        '{My} plan looked fine on paper.',
        '{My} plan looked fine on paper, and everyone around {me} agreed with it.',
      ],
      [
        'Then {audience} kept raising the same problem: {pain}.',
        'But {audience} kept coming back with the same problem, again and again: {pain}.',
      ],
      [
        'That was the turning point.',
        'That was the moment it became clear that working harder would not fix it.',
      ],
      [
        'The fix was to ask better questions before doing anything.',
        'The fix was simple and a little uncomfortable: ask better questions before doing anything else.',
      ],
      [
        'Within a few weeks, the conversations changed.',
        'Within a few weeks, the conversations changed and the results followed.',
      ],
    ],
    ctaQuestions: ['Have you had a moment like this?', 'What would you have done differently?'],
    ctaStatements: [
      'If this sounds familiar, you are not alone.',
      'Keep this in mind for your next project.',
    ],
  },
  contrarian: {
    hooks: [
      'Unpopular opinion: most advice about {topic} is backwards.',
      'Hot take: the real problem with {topic} is not the one people think.',
      'Everyone says the answer to {topic} is more effort. {I} disagree.',
    ],
    beats: [
      [
        'The usual advice is to do more.',
        'The usual advice is to do more: more content, more tools, more meetings.',
      ],
      [
        'In practice, the opposite works better.',
        'In practice, the opposite works far better: do fewer things, and do them properly.',
      ],
      [
        '{audience} do not need another framework.',
        '{audience} do not need another framework; they need someone who understands the real problem: {pain}.',
      ],
      [
        'Depth beats volume every time.',
        'Depth beats volume every time, even when volume feels more productive.',
      ],
    ],
    ctaQuestions: ['Agree or disagree?', 'Where do you land on this?'],
    ctaStatements: [
      'Try doing less for a month and compare the results.',
      'Change {my} mind in the comments.',
    ],
  },
  how_to: {
    hooks: [
      'How to get better at {topic} in {n} steps:',
      'A simple process for {topic} that anyone can follow:',
      'Struggling with {topic}? Here is the process {I} use.',
    ],
    beats: [],
    items: [
      'Define the outcome in one sentence.',
      'List what is blocking it today.',
      'Pick the single change with the biggest effect.',
      'Run it for two weeks and track one number.',
      'Keep what worked and drop the rest.',
      'Write down what you learned so the next round is faster.',
    ],
    ctaQuestions: ['Which step do you usually skip?', 'What would you add to this process?'],
    ctaStatements: [
      'Bookmark this for your next planning session.',
      'Try it this week and see what changes.',
    ],
  },
  lesson_learned: {
    hooks: [
      'The biggest lesson {I} have learned about {topic} is simple.',
      'One lesson about {topic} changed how {I} work.',
      'What {topic} taught {me} the hard way.',
    ],
    beats: [
      [
        'Progress comes from consistency.',
        'Progress comes from consistency, not from the occasional big push.',
      ],
      [
        'For years, {I} tried to fix one problem with bigger plans: {pain}.',
        'For years, {I} tried to fix one problem with bigger plans and longer hours: {pain}.',
      ],
      ['It never lasted.', 'It never lasted, because the plan always outgrew the time available.'],
      [
        'Small, steady habits did what big plans could not.',
        'Small, steady habits did what the big plans never could, and they kept working.',
      ],
    ],
    ctaQuestions: ['What lesson took you the longest to learn?', 'Does this match your experience?'],
    ctaStatements: ['Pick one small habit and start it today.', 'Pass this on to someone starting out.'],
  },
  question: {
    hooks: [
      'What is the one thing about {topic} you would change tomorrow?',
      'Quick question about {topic}:',
      'Honest question: what is holding back your progress on {topic}?',
    ],
    beats: [
      [
        '{I} have asked this of many {audience}.',
        '{I} have asked this question of many {audience} over the past year.',
      ],
      [
        'Most answers point to the same thing: {pain}.',
        'Most answers point to the same thing, whatever the company or the role: {pain}.',
      ],
      [
        'The details differ, the pattern does not.',
        'The details differ from person to person, but the pattern does not.',
      ],
    ],
    ctaQuestions: ['Where do you stand?', 'What would your answer be?'],
    ctaStatements: ['Reply with your answer below.', 'Drop your answer below.'],
  },
};

/** Rhetorical questions a voice that asks many questions slips between statements. */
// Only recognition questions: they follow any statement without depending on what comes next.
export const RHETORICAL = [
  'Sound familiar?',
  'Ever been there?',
  'Does this ring a bell?',
  'Know the feeling?',
];

export const DEFAULT_EMOJI = ['💡', '🚀', '✅', '📈', '🎯', '🔑', '👉', '🙌'];

/** Section headings of an article, in order; {topic} and {audience} are filled like post slots. */
export const ARTICLE_SECTIONS: readonly { heading: string; beats: readonly string[] }[] = [
  {
    heading: 'Why this matters now',
    beats: [
      'Expectations keep rising while time and budgets do not.',
      '{audience} who get {topic} right gain an advantage that compounds.',
    ],
  },
  {
    heading: 'Where most people go wrong',
    beats: [
      'The common mistake is to start with tools instead of the problem.',
      'The result is a lot of activity and very little progress on the real problem: {pain}.',
    ],
  },
  {
    heading: 'A better approach',
    beats: [
      'Start with the outcome you want and work backwards.',
      'Pick one change, test it for two weeks and keep what works.',
      'Write down what you learn so the next round is faster.',
    ],
  },
];
