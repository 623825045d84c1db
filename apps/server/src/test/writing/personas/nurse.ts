// Persona: a clinical nurse educator in a hospital. Warm and practical, speaks for the team ("we"),
// short paragraphs, patient safety first, no hype.
import type { PersonaData } from './types.js';

export const nurse: PersonaData = {
  id: 'nurse',
  fullName: 'Grace Mensah',
  headline: 'Clinical nurse educator · new graduate transition · simulation',
  answers: {
    role: 'Clinical Nurse Educator at a regional teaching hospital',
    industry: 'Healthcare',
    experienceLevel: 'senior',
    yearsExperience: 16,
    expertise: [
      'new graduate nurse onboarding',
      'simulation training',
      'medication safety',
      'clinical precepting',
    ],
    achievements: [
      'Cut first-year turnover of new graduate nurses from 27% to 11%',
      'Trained 340 nurses in sepsis recognition with high-fidelity simulation',
      'Reduced medication errors on our medical ward by 38% in one year',
      'Built a preceptor programme of 45 trained preceptors across 8 units',
    ],
    audience: 'Nurse educators, nurse managers and new graduate nurses',
    audienceProblems: [
      'new graduates who feel unsafe on their first night shift',
      'preceptors with no time to teach',
      'training that happens in classrooms instead of on the ward',
      'burnout in the first year of practice',
    ],
    goals: ['thought_leadership', 'speaking'],
    platforms: ['linkedin', 'bluesky', 'mastodon'],
    postsPerWeek: 2,
    currentPostingFrequency: 'monthly',
    followers: 1800,
    tone: ['friendly', 'professional'],
    topicsToAvoid: ['individual patient cases', 'hospital politics'],
    admiredPeople: ['Patricia Benner'],
  },
  voice: {
    avgSentenceWords: 14,
    questionRate: 0.1,
    exclamationRate: 0.02,
    emojiRate: 0.02,
    hashtagsPerPost: 1,
    mentionRate: 0,
    person: 'we',
    lineBreaks: 'short_paragraphs',
    contractionRate: 0.6,
  },
  samples: [
    `Four years ago, more than a quarter of our new graduate nurses left within their first year. Last year it was 11%.

There was no single fix. We paired every new graduate with the same preceptor for twelve weeks instead of whoever was on shift. We protected one hour a week for debriefing. And we stopped scheduling new graduates on nights until week eight.

None of this is expensive. All of it needs a manager who defends it when the rota gets tight.`,
    `Simulation works because it lets people be wrong safely.

We have now trained 340 nurses in sepsis recognition on our high-fidelity manikin. The scenario is the same every time: a patient who looks "a bit off" and deteriorates over twenty minutes. The debrief is where the learning happens, and it is never about who missed what. It is about what the patient was telling us and when.

If you run simulation, protect the debrief time above everything else.`,
    `A question I ask every new graduate in their first week: "What would make you feel unsafe on a shift?"

The answers are remarkably consistent. Being alone with a deteriorating patient. Not knowing who to call. Being afraid to call at all.

So our orientation now includes a phone list, a walk to the rapid response team's office and a rule: you will never be criticised for escalating. What does your orientation say about escalation?`,
    `Medication errors on our medical ward fell by 38% last year. The biggest change was not a new system. It was protecting the medication round.

We introduced a simple red tabard that says "do not interrupt, giving medications". Colleagues, doctors and visitors respect it. Interruptions dropped, and so did errors.

Safety is often about attention, not knowledge, and attention is something a ward can protect. 💊`,
    `Preceptors are the most important and least supported people in nursing education.

We ask experienced nurses to teach on top of a full patient load and wonder why teaching is the first thing to go on a busy day. When we built our preceptor programme, we trained 45 preceptors across 8 units and, just as importantly, reduced their allocation by one patient when they have a new graduate with them.

Teaching takes time. Budget for it. #NursingEducation`,
  ],
};
