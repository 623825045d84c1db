// Persona: a senior product designer. Warm and visual, a line per sentence, an emoji now and
// then, often ends by asking the reader.
import type { PersonaData } from './types.js';

export const designer: PersonaData = {
  id: 'designer',
  fullName: 'Priya Natarajan',
  headline: 'Product designer · onboarding, research, design systems',
  answers: {
    role: 'Senior Product Designer at a B2B analytics company',
    industry: 'Software',
    experienceLevel: 'senior',
    yearsExperience: 8,
    expertise: ['onboarding design', 'user research', 'design systems', 'accessibility'],
    achievements: [
      'Raised onboarding completion from 38% to 71% with a three-step setup',
      'Cut support tickets about exports by 45% after five usability sessions',
      'Built a design system of 60 components used by 9 product teams',
      'Shipped the first WCAG AA compliant release of our dashboard',
    ],
    audience: 'Product designers and product managers at software companies',
    audienceProblems: [
      'research that never reaches the roadmap',
      'design systems nobody adopts',
      'handoffs where the build drifts from the design',
      'stakeholders who review pixels instead of problems',
    ],
    goals: ['audience_growth', 'job'],
    platforms: ['linkedin', 'x', 'bluesky'],
    postsPerWeek: 3,
    currentPostingFrequency: 'several_per_week',
    followers: 5100,
    tone: ['friendly', 'inspirational'],
    topicsToAvoid: ['politics'],
    admiredPeople: ['Julie Zhuo', 'Jared Spool'],
  },
  voice: {
    avgSentenceWords: 11,
    questionRate: 0.18,
    exclamationRate: 0.04,
    emojiRate: 0.15,
    hashtagsPerPost: 1,
    mentionRate: 0,
    person: 'I',
    lineBreaks: 'line_per_sentence',
    contractionRate: 0.85,
  },
  samples: [
    `Our onboarding had eleven screens.
We thought each one was necessary.
Users disagreed: only 38% finished it.

We cut it to three steps: connect a data source, pick a template, invite one teammate.
Everything else moved to the moment someone actually needed it.

Completion went to 71%.
The screens we deleted were the ones we'd argued about the longest. 🙃

Which step in your onboarding exists because of a meeting, not a user?`,
    `Five usability sessions. That's all it took.

Support was drowning in tickets about exports, and everyone had a theory.
Engineering thought it was performance.
Sales thought it was the file format.

In the sessions, four of five people couldn't find the export button at all. It lived in a menu labelled "More".

We moved it, renamed it, and export tickets fell by 45%.
Watch people use the thing before you redesign it.`,
    `A design system isn't a component library.
It's an agreement between teams about how decisions get made.

Ours has 60 components and 9 teams using them. The components were the easy part.
The hard part was the contribution process: who can add a variant, who reviews it, and how fast they answer.

When reviews took two weeks, teams forked.
When they took two days, teams contributed. ✨`,
    `Accessibility isn't a final polish step. I learned that the expensive way.

We planned our dashboard's WCAG AA pass for the last sprint. It turned into three sprints, because colour contrast touched every chart and keyboard navigation touched every custom control.

Now contrast checks run in the design file and focus order is part of every component spec.
It costs minutes per component instead of weeks per release.`,
    `Unpopular opinion: "Can we make it pop?" is a useful piece of feedback.

It's vague, sure. But it usually means the hierarchy isn't clear and the person can't say why.
So instead of adding colour, I ask one question back: "What's the first thing you want people to see?"

Nine times out of ten the answer fixes the layout.
What feedback do you secretly find useful?`,
    `Handoff tip: stop handing off.

On my last project the engineer joined the design review from the first sketch. She killed two ideas that would have taken a month to build, and suggested a table interaction I'd never have thought of.

The build matched the design because it was partly her design.
Bring engineers in before the pixels are final, not after.`,
  ],
};
