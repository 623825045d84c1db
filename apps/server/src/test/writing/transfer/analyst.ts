// Transfer writer: an independent data and analytics consultant. Long, qualified sentences with
// semicolons and colons, full forms rather than contractions, a neutral register, dense paragraphs,
// no emoji and no hashtags.
import type { PersonaData } from '../personas/types.js';

export const analyst: PersonaData = {
  id: 'analyst',
  fullName: 'Henrik Vos',
  headline: 'Independent analytics consultant · metrics design · experimentation',
  answers: {
    role: 'Independent analytics consultant',
    industry: 'Data and analytics',
    experienceLevel: 'senior',
    yearsExperience: 18,
    expertise: ['metric design', 'experimentation', 'analytics governance'],
    achievements: [
      'Reduced a retailer’s dashboard estate from 640 reports to 45 trusted ones',
      'Designed the experimentation programme behind a 9% lift in subscription renewals',
    ],
    audience: 'Heads of data, analytics leads and product leaders',
    audienceProblems: ['dashboards nobody trusts', 'experiments that never reach a decision'],
    goals: ['leads'],
    platforms: ['linkedin', 'medium'],
    postsPerWeek: 1,
    currentPostingFrequency: 'weekly',
    followers: 6100,
    tone: ['professional', 'analytical'],
    topicsToAvoid: ['client names'],
    admiredPeople: ['Edward Tufte'],
  },
  voice: {
    avgSentenceWords: 24,
    questionRate: 0.03,
    exclamationRate: 0,
    emojiRate: 0,
    hashtagsPerPost: 0,
    mentionRate: 0,
    person: 'neutral',
    lineBreaks: 'dense',
    contractionRate: 0.05,
  },
  samples: [
    `A metric that nobody owns is not a metric; it is a number that happens to be displayed. In most organisations the question of ownership is settled implicitly, by whoever built the first dashboard, and that person has usually moved on by the time the definition matters. The remedy is unglamorous: every metric that appears in a decision forum should have a named owner, a written definition and a record of when that definition last changed. Without those three things, a disagreement about performance is very often a disagreement about arithmetic.`,
    `Experiments rarely fail because the statistics are wrong. They fail because the decision they were meant to inform was never written down before the test began, and so the result, whatever it is, can be interpreted to support the option that was already preferred. A short pre-registration note is sufficient: the hypothesis, the primary metric, the minimum effect that would change the decision and the action that follows from each outcome. It takes perhaps twenty minutes; it saves the weeks of debate that otherwise follow an ambiguous result.`,
    `There is a persistent belief that more dashboards produce more insight. The evidence from the organisations I have worked with suggests the opposite: one retailer had 640 reports, of which fewer than fifty were opened in a typical month, and the remainder were not harmless, because each of them offered a slightly different answer to the same question. Reducing the estate to 45 trusted reports did not reduce the information available; it reduced the number of competing versions of it.`,
    `The distinction between a leading and a lagging indicator is frequently presented as a matter of taxonomy. It is better understood as a matter of time: a lagging indicator tells a team what has already happened, at a point where little can be changed, whereas a leading indicator offers a signal early enough to act upon. The practical test is simple: if the number moved sharply tomorrow, would anyone know what to do differently this week? If not, it belongs in a quarterly review rather than on a daily screen.`,
    `Data quality is usually discussed as a technical problem, to be solved with validation rules and monitoring. Those are necessary; they are not sufficient. Most of the quality failures I encounter originate upstream, in a form that allows free text where a category was intended, or in a process that records an event when it is convenient rather than when it occurs. The most effective quality programme is therefore often a conversation with the people who enter the data, not a new tool for the people who consume it.`,
    `Averages conceal more than they reveal when the underlying distribution is skewed, and in commercial data it almost always is. A mean order value can rise while the majority of customers spend less, provided that a small number spend considerably more; a report that shows only the mean will describe a business that no individual customer recognises. Medians, percentiles and a simple histogram are not advanced techniques, but they prevent a surprising number of poor decisions.`,
    `The renewal programme that produced a 9% lift was not, in the end, a story about clever experimental design. It was a story about patience: the organisation agreed to run each test for a full billing cycle, to judge it on a single pre-agreed metric and to implement the winning variant even when it was not the one leadership had hoped for. The methods were standard; the discipline to apply them consistently was not, and that discipline accounted for most of the result.`,
    `When an analytics team is asked for a number, the most valuable response is frequently a question: what decision will this number inform, and what value would change it? The answer determines the precision required, the time that is worth spending and, occasionally, whether the analysis is needed at all. Teams that ask this question consistently tend to produce less work of greater consequence; teams that do not tend to produce a great deal of work that is read once and then archived.`,
  ],
};
