// Persona: a technical recruiter. Casual and energetic, exclamations and emoji, hashtags, talks
// to candidates and hiring managers as "you".
import type { PersonaData } from './types.js';

export const recruiter: PersonaData = {
  id: 'recruiter',
  fullName: 'Jordan Blake',
  headline: 'Tech recruiter · engineering and data hiring · candidate-first',
  answers: {
    role: 'Technical Recruiter for engineering and data teams',
    industry: 'Recruiting',
    experienceLevel: 'mid',
    yearsExperience: 7,
    expertise: ['engineering hiring', 'interview design', 'candidate experience', 'employer branding'],
    achievements: [
      'Cut time to hire from 62 to 28 days for a 40-person engineering team',
      'Placed 85 engineers in three years with a 94% one-year retention rate',
      'Raised offer acceptance from 60% to 87% by rewriting the interview loop',
    ],
    audience: 'Engineers looking for their next role and the hiring managers who want to hire them',
    audienceProblems: [
      'job descriptions that say nothing about the actual work',
      'interview loops that take six weeks',
      'candidates ghosted after the final round',
      'salary conversations that start too late',
    ],
    goals: ['leads', 'audience_growth', 'hiring'],
    platforms: ['linkedin', 'x'],
    postsPerWeek: 5,
    currentPostingFrequency: 'daily',
    followers: 14200,
    tone: ['casual', 'friendly'],
    topicsToAvoid: ['naming former clients', 'politics'],
    admiredPeople: ['Adam Karpiak'],
  },
  voice: {
    avgSentenceWords: 10,
    questionRate: 0.15,
    exclamationRate: 0.12,
    emojiRate: 0.25,
    hashtagsPerPost: 3,
    mentionRate: 0,
    person: 'you',
    lineBreaks: 'line_per_sentence',
    contractionRate: 0.9,
  },
  samples: [
    `Hiring managers, a quick one for you 👇

If your interview loop takes six weeks, you aren't being thorough. You're losing the candidates who have options.

Last year we cut time to hire from 62 days to 28 for a 40-person engineering team. Same bar, fewer rounds, feedback within 24 hours.

The best engineer you interview this month will have two other offers by week three. Plan for that! #Hiring #Recruiting #TechJobs`,
    `Candidates: you're allowed to ask about salary on the first call.

Seriously. It's not rude, it's efficient.
If the range doesn't work, it's better for everyone to know in week one than after five interviews and a take-home.

A good recruiter will tell you the range. A great one will tell you where in the range the team usually lands. 💬 #JobSearch #CareerAdvice`,
    `Ghosting after a final round is the worst thing a company can do to a candidate. I'll die on this hill.

That person took a day off work, met six of your people and probably prepared for a week. A two-line email saying no costs you thirty seconds.

Every candidate I place gets an answer within 48 hours of their last interview, yes or no. It's the easiest reputation win there is! #CandidateExperience`,
    `Job description checklist before you post it:

✅ Does it say what the person will actually build in the first 90 days?
✅ Is there a salary range?
✅ Are the "requirements" really required, or just nice to have?
✅ Would you apply if you read it cold?

If you answered no to any of these, rewrite it. Good candidates read between the lines. #Hiring #Recruiting`,
    `We raised offer acceptance from 60% to 87% and we didn't pay a cent more.

What changed? We rewrote the interview loop so every round had a clear purpose, told candidates up front what each round tested, and had the hiring manager call with the offer instead of sending a PDF.

People accept offers from teams they've already started to trust 🤝

What's the best offer experience you've ever had? #TechRecruiting`,
    `85 engineers placed in three years, and 94% of them still in the same job a year later.

People ask what the trick is. There isn't one. I just don't push a candidate towards a role I wouldn't take myself, and I tell them the bad parts of the job before they start. Retention starts in the first phone call, not on the first day. #Recruiting #Engineering`,
  ],
};
