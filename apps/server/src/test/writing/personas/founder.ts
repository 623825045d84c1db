// Persona: a startup founder (B2B logistics software). Bold, first person, short lines, strong
// opinions about hiring and selling, a question now and then.
import type { PersonaData } from './types.js';

export const founder: PersonaData = {
  id: 'founder',
  fullName: 'Tom Lindqvist',
  headline: 'Founder & CEO, Freightline · software for mid-sized freight carriers',
  answers: {
    role: 'Founder and CEO of a logistics software startup',
    industry: 'Logistics technology',
    experienceLevel: 'executive',
    yearsExperience: 12,
    expertise: ['founder-led sales', 'early-stage hiring', 'fundraising', 'B2B pricing'],
    achievements: [
      'Grew ARR from $0 to $4M in 30 months',
      'Closed our first 20 customers myself through founder-led sales',
      'Raised a $12M Series A from two lead investors',
      'Hired the first 25 employees with only one regretted hire',
    ],
    audience: 'First-time founders of B2B software companies, from idea to Series A',
    audienceProblems: [
      'selling before the product is finished',
      'hiring a sales team too early',
      'pricing too low out of fear',
      'fundraising while also running the company',
    ],
    goals: ['audience_growth', 'hiring'],
    platforms: ['linkedin', 'x', 'bluesky'],
    postsPerWeek: 4,
    currentPostingFrequency: 'weekly',
    followers: 21000,
    tone: ['bold', 'witty'],
    topicsToAvoid: ['competitors by name', 'politics'],
    admiredPeople: ['Jason Lemkin', 'Paul Graham'],
  },
  voice: {
    avgSentenceWords: 9,
    questionRate: 0.1,
    exclamationRate: 0.03,
    emojiRate: 0.05,
    hashtagsPerPost: 0,
    mentionRate: 0,
    person: 'I',
    lineBreaks: 'line_per_sentence',
    contractionRate: 0.85,
  },
  samples: [
    `I closed our first 20 customers myself.
No sales team. No playbook. Just me, a demo that crashed half the time and a lot of phone calls to dispatch managers.

It was the best product research I've ever done.
Every lost deal told me exactly what to build next.

Founders who hire a VP of Sales before customer number ten are outsourcing the most important learning of the company.`,
    `We raised prices three times in our first year.
Each time I was sure customers would leave.
Each time, nobody did.

One carrier told me afterwards: "Your first price made us wonder what was wrong with it."

If nobody is pushing back on your price, it's too low. Most first-time founders charge for the product they have, not the problem they solve.`,
    `$0 to $4M ARR in 30 months. Here's what nobody tells you about that graph.

Month 1 to 12 felt like pushing a truck uphill. Month 13 to 20 felt flat.
The hockey stick only showed up when we stopped selling to everyone with trucks and focused on carriers with 50 to 500 vehicles.

The inflection wasn't growth. It was focus.
Saying no to good prospects was the hardest sales decision I've made.`,
    `Fundraising is a full-time job you do on top of your full-time job.

When we raised our Series A, I set one rule: six weeks, then we stop, whatever happens.
I batched every first meeting into two weeks, told my co-founder to run the company, and said no to coffee chats.

We signed with two leads in week five. The business didn't slip because someone was actually running it.`,
    `25 hires, one I regret.

That one taught me more than the other 24.
I hired for a CV and ignored a gut feeling in the reference call.

Now every reference call includes one question: "Would you hire them again for the same job?" The pause before the answer tells you most of what you need.

What's your go-to reference question?`,
    `Hot take: your pitch deck doesn't need a competition slide with a 2x2 grid. 🙄

Every investor has seen a thousand of them, and every one puts the founder in the top-right corner.
Tell them instead why customers switched to you, in the customers' own words.

That slide got more questions in our Series A than any other.
Investors don't fund quadrants. They fund evidence that someone is paying.`,
  ],
};
