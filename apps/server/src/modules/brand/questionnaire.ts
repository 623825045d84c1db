// The onboarding questionnaire, version 1. Each question's id is a field of BrandAnswers, so the
// contracts' zod schema validates every answer by its question's type.
import type { Question, Questionnaire } from '@brandwright/contracts';

export const QUESTIONNAIRE_VERSION = '2026-11.v1';

const option = (value: string, label: string) => ({ value, label });

const steps: Questionnaire['steps'] = [
  { id: 'about', title: 'About you', description: 'Your role and experience.' },
  { id: 'expertise', title: 'Expertise', description: 'What you know and what you have achieved.' },
  {
    id: 'audience',
    title: 'Audience',
    description: 'Who you want to reach and what keeps them up at night.',
  },
  { id: 'goals', title: 'Goals and channels', description: 'What your brand should do for you, and where.' },
  {
    id: 'voice',
    title: 'Tone and boundaries',
    description: 'How you want to sound, and what to stay away from.',
  },
];

const questions: Question[] = [
  {
    id: 'role',
    step: 'about',
    type: 'text',
    label: 'What is your current role?',
    placeholder: 'e.g. Head of Data at a fintech',
    required: true,
    max: 120,
  },
  {
    id: 'industry',
    step: 'about',
    type: 'text',
    label: 'Which industry do you work in?',
    placeholder: 'e.g. Financial services',
    required: true,
    max: 120,
  },
  {
    id: 'experienceLevel',
    step: 'about',
    type: 'single',
    label: 'How senior are you?',
    required: true,
    options: [
      option('entry', 'Early career'),
      option('mid', 'Mid-level'),
      option('senior', 'Senior'),
      option('executive', 'Executive'),
    ],
  },
  {
    id: 'yearsExperience',
    step: 'about',
    type: 'number',
    label: 'Years of professional experience',
    required: true,
    min: 0,
    max: 60,
  },
  {
    id: 'expertise',
    step: 'expertise',
    type: 'list',
    label: 'Your areas of expertise',
    help: 'One per line, up to 10.',
    required: true,
    min: 1,
    max: 10,
  },
  {
    id: 'achievements',
    step: 'expertise',
    type: 'list',
    label: 'Achievements you are proud of',
    help: 'Results with numbers work best. Up to 10.',
    required: false,
    min: 0,
    max: 10,
  },
  {
    id: 'audience',
    step: 'audience',
    type: 'textarea',
    label: 'Who do you want to reach?',
    placeholder: 'e.g. CFOs of mid-sized companies modernising their reporting',
    required: true,
    max: 600,
  },
  {
    id: 'audienceProblems',
    step: 'audience',
    type: 'list',
    label: 'Which problems does that audience have that you can help with?',
    help: 'One per line.',
    required: true,
    min: 1,
    max: 10,
  },
  {
    id: 'goals',
    step: 'goals',
    type: 'multi',
    label: 'What should your personal brand achieve?',
    help: 'Pick up to three.',
    required: true,
    min: 1,
    max: 3,
    options: [
      option('leads', 'Win clients or leads'),
      option('job', 'Find a new role'),
      option('thought_leadership', 'Be seen as a thought leader'),
      option('audience_growth', 'Grow an audience'),
      option('hiring', 'Attract people to hire'),
      option('speaking', 'Get speaking invitations'),
    ],
  },
  {
    id: 'platforms',
    step: 'goals',
    type: 'multi',
    label: 'Where do you want to publish?',
    required: true,
    min: 1,
    max: 5,
    options: [
      option('linkedin', 'LinkedIn'),
      option('x', 'X'),
      option('medium', 'Medium'),
      option('bluesky', 'Bluesky'),
      option('mastodon', 'Mastodon'),
    ],
  },
  {
    id: 'postsPerWeek',
    step: 'goals',
    type: 'number',
    label: 'How many posts a week can you sustain?',
    required: true,
    min: 1,
    max: 21,
  },
  {
    id: 'currentPostingFrequency',
    step: 'goals',
    type: 'single',
    label: 'How often do you post today?',
    required: true,
    options: [
      option('never', 'Never'),
      option('monthly', 'About monthly'),
      option('weekly', 'About weekly'),
      option('several_per_week', 'Several times a week'),
      option('daily', 'Daily'),
    ],
  },
  {
    id: 'followers',
    step: 'goals',
    type: 'number',
    label: 'Roughly how many followers do you have across platforms?',
    required: true,
    min: 0,
    max: 100_000_000,
  },
  {
    id: 'tone',
    step: 'voice',
    type: 'multi',
    label: 'How do you want to sound?',
    help: 'Pick up to three.',
    required: true,
    min: 1,
    max: 3,
    options: ['professional', 'friendly', 'bold', 'witty', 'inspirational', 'analytical', 'casual'].map((t) =>
      option(t, t[0]?.toUpperCase() + t.slice(1)),
    ),
  },
  {
    id: 'topicsToAvoid',
    step: 'voice',
    type: 'list',
    label: 'Topics to stay away from',
    help: 'One per line.',
    required: false,
    min: 0,
    max: 20,
  },
  {
    id: 'admiredPeople',
    step: 'voice',
    type: 'list',
    label: 'People whose presence you admire',
    help: 'One per line.',
    required: false,
    min: 0,
    max: 10,
  },
];

export const questionnaire: Questionnaire = { version: QUESTIONNAIRE_VERSION, steps, questions };

/** Required questions without an answer, in questionnaire order. */
export function missingAnswers(answers: Record<string, unknown>): string[] {
  return questions.filter((q) => q.required && isEmpty(answers[q.id])).map((q) => q.id);
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}
