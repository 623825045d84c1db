// Persona: a fractional CFO for venture-backed SaaS companies. Addresses the founder directly,
// dense paragraphs, exact figures, a hashtag or two, few contractions.
import type { PersonaData } from './types.js';

export const cfo: PersonaData = {
  id: 'cfo',
  fullName: 'Daniel Reyes',
  headline: 'Fractional CFO for seed to Series B SaaS',
  answers: {
    role: 'Fractional CFO for early-stage SaaS companies',
    industry: 'Finance',
    experienceLevel: 'executive',
    yearsExperience: 18,
    expertise: ['cash-flow forecasting', 'fundraising readiness', 'SaaS unit economics', 'board reporting'],
    achievements: [
      'Extended a client runway from 9 to 22 months without a new round',
      'Closed the books in 4 days instead of 15 for six portfolio companies',
      'Prepared data rooms for 11 raises totalling $140M',
      'Found $1.2M of unbilled usage revenue in one audit',
    ],
    audience: 'Founders and CEOs of seed to Series B SaaS companies without a full-time finance team',
    audienceProblems: [
      'not knowing how many months of runway they really have',
      'board decks built the night before the meeting',
      'pricing set once and never revisited',
      'burn that grows faster than revenue',
    ],
    goals: ['leads', 'thought_leadership'],
    platforms: ['linkedin', 'x', 'medium'],
    postsPerWeek: 2,
    currentPostingFrequency: 'weekly',
    followers: 8900,
    tone: ['professional', 'analytical'],
    topicsToAvoid: ['stock tips', 'crypto'],
    admiredPeople: ['Christoph Janz', 'Tomasz Tunguz'],
  },
  voice: {
    avgSentenceWords: 17,
    questionRate: 0.08,
    exclamationRate: 0,
    emojiRate: 0,
    hashtagsPerPost: 2,
    mentionRate: 0,
    person: 'you',
    lineBreaks: 'dense',
    contractionRate: 0.3,
  },
  samples: [
    `Your runway is not cash divided by burn. It is cash divided by the burn you will have in six months, after the hires you have already approved and the annual contracts that renew in Q3.

Last year a client believed they had 14 months. Once we modelled committed hiring and a slower collections cycle, the real figure was 9. We cut two planned roles, moved three vendors to monthly terms and renegotiated payment terms with their largest customer. Runway went to 22 months without raising a cent.

Model the burn you are committed to, not the one you had last month. #Startups #CashFlow`,
    `A board deck should be boring to produce. If your team is building it the night before the meeting, the problem is not the deck. It is that the numbers behind it do not exist until someone goes looking for them.

Close the books on a fixed calendar, keep one metrics sheet that never changes shape, and the deck becomes a copy-and-paste exercise. For six portfolio companies we moved the close from 15 days to 4, and the board conversation moved from "are these numbers right?" to "what do we do about them?" #BoardReporting`,
    `Three numbers I ask every founder for in the first call:

1. Gross margin after hosting and support costs, not before.
2. Net revenue retention for the last four quarters.
3. Months of runway at committed burn.

Most can answer the first. About half can answer the second. Very few can answer the third without opening a spreadsheet, and that is usually where our work starts.`,
    `An audit last spring found $1.2M of usage revenue that had never been invoiced. Nobody had done anything wrong. The billing system was set up when the company sold seats, and nobody updated it when they started charging for API calls.

If your pricing has changed in the last two years, check that your billing logic changed with it. It is the cheapest money you will ever raise.`,
    `Should you hire a full-time CFO before Series A? In most cases, no.

Before Series A you need clean books, a reliable forecast and someone who can build a data room. That is perhaps two days a month of senior time and a good bookkeeper. A full-time CFO at that stage costs you a year of runway for work that fills a quarter of their week.

The time to hire is when finance becomes a strategic function: multiple entities, debt, a pricing model under pressure. What stage did you bring yours in?`,
    `After preparing data rooms for 11 raises, the pattern is clear: investors rarely pass because the numbers are bad. They pass because the numbers are inconsistent.

ARR in the deck does not match ARR in the model. Churn is defined one way in the board pack and another way in the cohort sheet. Each inconsistency costs you a week of questions and a little trust.

Pick your definitions once, write them down and use them everywhere. #Fundraising`,
  ],
};
