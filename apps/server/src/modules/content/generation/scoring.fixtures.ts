// Drafts and a strategy for the scoring tests: a senior SRE's strategy, posts on and off its
// pillars, and a varied set of drafts (hashtag counts, hook kinds, thread, article, platforms).
import type { Platform, Strategy } from '@brandwright/contracts';
import { type AiConfig, createAi } from '../../../adapters/ai/index.js';

/** The offline engine (composer and embedder) as the app builds it by default, on a pinned clock. */
export const offlineAi = () =>
  createAi({ AI_PROVIDER: 'offline' } as AiConfig, { now: () => new Date('2026-11-01T00:00:00Z') });

export const SRE_STRATEGY: Strategy = {
  valueProposition:
    'I help engineering teams run calmer production systems: fewer pages, useful SLOs and on-call people can live with.',
  targetAudience: {
    personas: [
      {
        name: 'Priya, SRE lead',
        role: 'SRE leads',
        description: 'Runs a platform team of six and carries the pager one week in four.',
        painPoints: ['too many noisy alerts', 'SLOs nobody looks at'],
        goals: ['a quieter on-call rotation'],
        platforms: ['linkedin'],
      },
    ],
  },
  contentPillars: [
    {
      name: 'Alerting and on-call',
      description: 'Paging only for what hurts users, and on-call rotations people can sustain.',
      exampleTopics: ['why we deleted most of our alerts', 'a humane on-call handover'],
      share: 40,
    },
    {
      name: 'SLOs and error budgets',
      description: 'Service level objectives that change decisions, and error budgets teams respect.',
      exampleTopics: ['an SLO that changed a roadmap', 'spending an error budget on purpose'],
      share: 35,
    },
    {
      name: 'Growing as a senior engineer',
      description: 'Hiring, mentoring and leading reliability work without a title.',
      exampleTopics: ['what I look for when hiring SREs', 'leading an incident review'],
      share: 25,
    },
  ],
  goals: [{ title: 'Inbound', metric: 'conversations', target: 5, dueDate: '2027-04-01' }],
};

export const AVOIDED = ['Politics', 'Religion'];

/** Posts on the user's work (and one on running a business): none may be penalised. */
export const ON_TOPIC: Record<string, string> = {
  alerting:
    'We deleted 70% of our alerts last quarter.\n\nEvery alert had to answer one question: does a user feel this right now? If not, it became a ticket or a dashboard.\n\nPages went from 40 a week to 6. Nobody missed the rest.\n\nWhat is the noisiest alert you still keep?',
  onCall:
    'On-call should not mean a ruined week.\n\nWe moved to follow-the-sun handovers, wrote a one-page runbook per service and paid for every night page.\n\nThe rotation is now the one people volunteer for.',
  slos: 'An SLO that never changes a decision is a decoration.\n\nOurs sits in the planning meeting: when the error budget is spent, reliability work goes first, and the product lead agrees in advance.\n\nThat agreement is the whole point.',
  hiring:
    'Hiring SREs, I stopped asking trivia.\n\nInstead we debug a real, anonymised incident together for an hour. I learn how someone thinks, asks for help and writes things down.\n\nThe best hires were rarely the fastest.',
  cashFlow:
    'Cash flow killed more small consultancies than bad work ever did.\n\nInvoice on the first day of the month, ask for a deposit on anything longer than six weeks and keep three months of costs in the bank.\n\nBoring rules, calm months.',
};

/** Posts about what the user wants to avoid, without naming the topic outright. */
export const NEAR_AVOIDED: Record<string, string> = {
  election:
    'The election campaign is entering its last week. Candidates are touring swing districts, the polls are tight and both parties are spending heavily on ads to win undecided voters.',
  partyPolicy:
    "The party's new policy platform promises tax cuts and a smaller government. Opposition leaders in parliament called the manifesto a gift to donors ahead of the vote.",
};

export interface Draft {
  name: string;
  platform: Platform;
  hook: string;
  text: string;
  at?: Date;
}

const tags = (n: number) =>
  ['#sre', '#oncall', '#devops', '#reliability', '#slo', '#alerting'].slice(0, n).join(' ');
const longLinkedIn = (hook: string, end: string) =>
  [
    hook,
    'Last year our team carried 40 pages a week. Most were noise: disks at 80%, a queue that drained itself, a certificate with three weeks left.',
    'We sorted every alert into three groups: users feel it now, users will feel it soon, nobody will ever feel it.',
    'The first group pages. The second opens a ticket for the next working day. The third is deleted, with a note in the changelog so nobody is surprised.',
    'It took two afternoons and one argument with the database team, who wanted to keep their replication-lag alert. We kept it, with a threshold that matches what the application can tolerate.',
    'Six months later we get 6 pages a week, and every one of them matters. People sleep. Handovers take ten minutes.',
    end,
  ].join('\n\n');

/** Varied drafts for the premise test: every hook kind, 0/2/6 hashtags, a thread, an article. */
export const DRAFTS: Draft[] = [
  {
    name: 'linkedin question hook, no hashtags',
    platform: 'linkedin',
    hook: 'Why do most teams page for things no user ever notices?',
    text: longLinkedIn(
      'Why do most teams page for things no user ever notices?',
      'What would you delete first?',
    ),
    at: new Date('2026-11-10T09:00:00Z'),
  },
  {
    name: 'x listicle, 2 hashtags',
    platform: 'x',
    hook: '3 alerts to delete today:',
    text: '3 alerts to delete today:\n1. Disk at 80%\n2. CPU spikes\n3. Anything nobody acts on\n#sre #oncall',
  },
  {
    name: 'linkedin story, 6 hashtags',
    platform: 'linkedin',
    hook: 'Two years ago, I was paged 40 times in one night.',
    text: `${longLinkedIn('Two years ago, I was paged 40 times in one night.', 'Have you had a night like that?')}\n\n${tags(6)}`,
    at: new Date('2026-11-08T23:30:00Z'),
  },
  {
    name: 'bluesky lesson',
    platform: 'bluesky',
    hook: 'What on-call taught me the hard way.',
    text: 'What on-call taught me the hard way. A page is a promise that a person is needed. Break it often and people stop believing it.',
  },
  {
    name: 'mastodon contrarian, 2 hashtags',
    platform: 'mastodon',
    hook: 'Unpopular opinion: most advice about SLOs is backwards.',
    text: 'Unpopular opinion: most advice about SLOs is backwards. Start from the decision the number should change, then pick the number. Agree or disagree? #sre #slo',
  },
  {
    name: 'x thread',
    platform: 'x',
    hook: 'Last week we deleted 70% of our alerts.',
    text: [
      'Last week we deleted 70% of our alerts.',
      'Every alert had to answer one question: does a user feel this right now?',
      'Pages went from 40 a week to 6, and nobody missed the rest. Which alert would you delete first?',
    ].join('\n\n'),
    at: new Date('2026-11-11T14:15:00Z'),
  },
  {
    name: 'medium article',
    platform: 'medium',
    hook: 'Alerting that respects your sleep',
    text: `Alerting that respects your sleep\n\n${Array.from({ length: 12 }, () => longLinkedIn('Why this matters now.', 'That is the whole method.')).join('\n\n')}`,
  },
  {
    name: 'x statement over length, 1 hashtag',
    platform: 'x',
    hook: 'Alert fatigue is a design problem, not a people problem.',
    text: 'Alert fatigue is a design problem, not a people problem. Fix the alerts, not the people. #sre',
  },
];
