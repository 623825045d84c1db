// Persona: a senior SRE at a payments platform. Plain, first-person, short paragraphs, numbers
// from real incidents, the odd question at the end.
import type { PersonaData } from './types.js';

export const sre: PersonaData = {
  id: 'sre',
  fullName: 'Maya Okafor',
  headline: 'Senior SRE · payments reliability · on-call that people survive',
  answers: {
    role: 'Senior Site Reliability Engineer at a payments platform',
    industry: 'Fintech',
    experienceLevel: 'senior',
    yearsExperience: 11,
    expertise: ['incident response', 'observability', 'SLOs and error budgets', 'on-call health'],
    achievements: [
      'Cut p99 checkout latency from 900 to 180 ms',
      'Took on-call pages from 40 a week down to 6',
      'Ran 120 blameless postmortems with no repeat of the same outage',
      'Moved 300 services to SLO-based alerting in 9 months',
    ],
    audience: 'Platform and SRE engineers at growing tech companies, and the managers who own on-call',
    audienceProblems: [
      'alert fatigue that burns out the on-call rotation',
      'postmortems that change nothing',
      'dashboards nobody opens during an incident',
      'SLOs that leadership ignores',
    ],
    goals: ['thought_leadership', 'speaking'],
    platforms: ['linkedin', 'x', 'bluesky', 'mastodon'],
    postsPerWeek: 3,
    currentPostingFrequency: 'monthly',
    followers: 2300,
    tone: ['analytical', 'friendly'],
    topicsToAvoid: ['vendor bashing', 'politics'],
    admiredPeople: ['Charity Majors', 'Liz Fong-Jones'],
  },
  voice: {
    avgSentenceWords: 13,
    questionRate: 0.12,
    exclamationRate: 0,
    emojiRate: 0.03,
    hashtagsPerPost: 0,
    mentionRate: 0,
    person: 'I',
    lineBreaks: 'short_paragraphs',
    contractionRate: 0.8,
  },
  samples: [
    `We deleted 70% of our alerts last quarter. Nobody noticed, except the on-call engineers, who finally slept.

The rule was boring: if an alert fired and nobody did anything about it, it became a candidate for deletion. If it fired twice with no action, it was gone.

Pages went from 40 a week to 6. The six that remain are real, and people trust them again. That trust is the whole point of waking someone up at 3 a.m.

What's the oldest alert in your rotation that nobody has touched in a year?`,
    `Hot take from a decade of on-call: your p99 is a product metric, not an infrastructure metric.

When our checkout p99 sat at 900 ms, support tickets about "double charges" spiked, because people clicked pay twice. We got it down to 180 ms by removing a synchronous fraud call and caching card lookups. The tickets dropped the same week.

Latency is user experience. Put it on the product dashboard, not just ours.`,
    `Postmortem tip that took me years to learn: write the timeline before anyone writes the root cause.

The moment someone has a theory, every event in the log gets bent to fit it. The slow query becomes "the cause" even when it started an hour after the pages did.

Build the timeline from raw data first: alerts, deploys, chat messages, all with timestamps. Then argue about why.

Timeline first, story second.`,
    `What I check in the first five minutes of an incident:

1. What changed? Deploys, config, feature flags, traffic.
2. Who is the incident commander? If nobody is, it's me.
3. Is the customer impact real, or is it a monitoring artifact?
4. Where are we talking? One channel, one thread.

Everything else can wait ten minutes. These can't, and skipping any of them is how a small outage becomes a long one.`,
    `A few people asked how we ran 120 postmortems without them turning into blame sessions.

Honestly, it was mostly one habit. We banned the word "should" from the contributing factors section. "The engineer should have checked" tells you nothing. "The runbook didn't mention replica lag" tells you exactly what to fix.

Small change in language, big change in culture. Try it on your next review and see who starts talking.`,
    `Unpopular opinion: an SLO that never changed a decision is a decoration.

We had 300 services with SLOs and maybe 20 where anyone looked at the error budget before shipping. So we cut the list, tied the remaining budgets to the release process, and suddenly product managers were asking me about burn rates. 🔥

Fewer SLOs, more arguments about them. That's the goal.`,
  ],
};
