// The offline composer's phrase bank: per post template, hooks phrased for each topic shape, body
// beats and calls to action. Slots are filled by compose.ts: {I} {sub} {my} {me} {am} {was} follow the
// voice's person; {np} is the topic as a noun phrase, {lead} the topic as a sentence start, {claim}
// the same mid-sentence; {n}/{N} the number of items listed; {audience} and {pain} come from the
// writer's answers. A capitalised slot capitalises its value. Every line must read as finished English
// for every topic of its shape: the writing benchmark and the suite's quality test hold it to that.
import type { PostTemplate } from '../port.js';
import type { TopicShape } from './understand.js';

/** One beat of a post: alternatives, the first short and the rest longer, chosen by sentence length. */
export type Beat = readonly string[];

export interface TemplateBank {
  /**
   * Hooks per topic shape. Only list templates have count hooks (the topic announces their items);
   * elsewhere a count topic is planned as its noun phrase and takes the noun hooks.
   */
  hooks: Record<Exclude<TopicShape, 'count'>, readonly string[]> & { count?: readonly string[] };
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
  'Turn down work that does not move the goal.',
  'Review what worked every Friday and drop what did not.',
  'Borrow a proven process before inventing your own.',
  'Make the default path the safe one.',
  'Write the decision down, with the reason next to it.',
];

const STEPS = [
  'Define the outcome in one sentence.',
  'List what is blocking it today.',
  'Pick the single change with the biggest effect.',
  'Run it for two weeks and track one number.',
  'Keep what worked and drop the rest.',
  'Write down what you learned so the next round is faster.',
  'Share the result with the people it affects.',
  'Pick the next change and start again.',
];

/**
 * List hooks for a count topic ("3 mistakes in forecasts"): the topic itself announces the items.
 * Items are advice, so a count of problems is followed by what to do instead (compose.ts picks).
 */
const COUNT_LIST_HOOKS = ['{Lead}:', '{Lead}, and what to do instead:'];
/** Counted nouns that name problems: their list is the remedies, not the problems themselves. */
export const PROBLEM_NOUNS = /^(mistakes|myths|traps|pitfalls|signs|lies|problems|errors|failures|red)$/i;

export const TEMPLATES: Record<PostTemplate, TemplateBank> = {
  listicle: {
    hooks: {
      noun: [
        '{N} things {I} wish {sub} had known about {np} sooner:',
        '{N} lessons about {np} that took {me} years to learn:',
        'What {np} comes down to, in {n} points:',
      ],
      wh: ['{Lead}, in {n} points:', '{Lead}. The {n} things that mattered most:'],
      claim: ['{Lead}. What to do about it, in {n} points:', '{Lead}. {N} things that follow from it:'],
      question: ['{Lead}? {N} things to weigh first:', '{Lead}? {I} would look at {n} things:'],
      count: COUNT_LIST_HOOKS,
    },
    beats: [],
    items: ADVICE,
    ctaQuestions: ['Which one would you add?', 'Which of these is hardest for you?'],
    ctaStatements: ['Save this for the next time you need it.', 'Share it with someone who needs it.'],
  },
  story: {
    hooks: {
      noun: [
        'For a long time, {my} approach to {np} was wrong.',
        'The most expensive lesson {I} learned about {np} looked like a good idea at the time.',
        'A short story about {np}, and a lesson {I} did not expect.',
      ],
      wh: ['A short story about {claim}.', 'This is the story of {claim}.'],
      claim: ['{I} learned this the hard way: {claim}.', 'It took {me} years to accept it: {claim}.'],
      question: ['{Lead}? {I} used to think the answer was obvious.', 'People ask {me} this a lot: {claim}?'],
    },
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
    ],
    ctaQuestions: ['Have you had a moment like this?', 'What would you have done differently?'],
    ctaStatements: [
      'If this sounds familiar, you are not alone.',
      'Keep this in mind for your next project.',
    ],
  },
  contrarian: {
    hooks: {
      noun: [
        'Unpopular opinion: most advice about {np} is backwards.',
        'Hot take: the real problem with {np} is not the one people think.',
        'Everyone says the answer to {np} is more effort. {I} disagree.',
      ],
      wh: [
        'Unpopular opinion: the usual explanation of {claim} is wrong.',
        'Hot take about {claim}: the obvious answer is the wrong one.',
      ],
      claim: ['Unpopular opinion: {claim}.', 'Hot take: {claim}.'],
      question: ['{Lead}? The popular answer is wrong.', 'Hot take on an old question: {claim}?'],
    },
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
        '{Audience} do not need another framework.',
        '{Audience} do not need another framework; they need someone who understands the real problem: {pain}.',
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
    hooks: {
      noun: ['How to get better at {np}, in {n} steps:', 'A simple process for {np}, in {n} steps:'],
      wh: ['{Lead}, in {n} steps:'],
      claim: ['{Lead}. Here is how to act on it, in {n} steps:'],
      question: ['{Lead}? Here is how {I} would decide, in {n} steps:'],
      count: COUNT_LIST_HOOKS,
    },
    beats: [],
    items: STEPS,
    ctaQuestions: ['Which step do you usually skip?', 'What would you add to this process?'],
    ctaStatements: [
      'Bookmark this for your next planning session.',
      'Try it this week and see what changes.',
    ],
  },
  lesson_learned: {
    hooks: {
      noun: [
        'The biggest lesson {I} have learned about {np} is simple.',
        'One lesson about {np} changed how {I} work.',
      ],
      wh: ['One lesson about {claim} changed how {I} work.'],
      claim: [
        'The lesson took {me} years: {claim}.',
        'If {I} could teach one lesson, it would be this: {claim}.',
      ],
      question: ['{Lead}? The lesson {I} learned is simple.'],
    },
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
    hooks: {
      noun: [
        'What is the one thing about {np} you would change tomorrow?',
        'Honest question: what is holding back your progress with {np}?',
      ],
      wh: ['Have you ever wondered {claim}?'],
      claim: ['Would you agree that {claim}?', 'Do you agree: {claim}?'],
      question: ['{Lead}?', 'Honest question: {claim}?'],
    },
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

/** Section headings of an article, in order; slots are filled like post slots. */
export const ARTICLE_SECTIONS: readonly { heading: string; beats: readonly string[] }[] = [
  {
    heading: 'Why this matters now',
    beats: [
      'Expectations keep rising while time and budgets do not.',
      '{Audience} who get this right gain an advantage that compounds.',
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
