// Complete questionnaire answers shared by tests and benchmarks: a focused senior professional (with
// topics to avoid) and a newcomer.
import type { BrandAnswers } from '@brandwright/contracts';

export const seniorAnswers: BrandAnswers = {
  role: 'Head of Data Engineering at a payments company',
  industry: 'Financial services',
  experienceLevel: 'senior',
  yearsExperience: 14,
  expertise: ['data platforms', 'real-time analytics', 'team building'],
  achievements: [
    'Cut month-end reporting from 9 days to 2',
    'Built a data team of 25 engineers',
    'Spoke at three industry conferences',
  ],
  audience: 'CFOs and finance leaders at mid-sized companies modernising their reporting',
  audienceProblems: ['slow month-end close', 'spreadsheets nobody trusts', 'hiring data talent'],
  goals: ['thought_leadership', 'leads'],
  platforms: ['linkedin', 'x'],
  postsPerWeek: 3,
  currentPostingFrequency: 'weekly',
  followers: 4200,
  tone: ['analytical', 'friendly'],
  topicsToAvoid: ['politics', 'crypto speculation'],
  admiredPeople: ['Benn Stancil', 'Cassie Kozyrkov'],
};

export const newcomerAnswers: BrandAnswers = {
  role: 'Designer',
  industry: 'Software',
  experienceLevel: 'entry',
  yearsExperience: 1,
  expertise: ['UI design'],
  achievements: [],
  audience: 'startups',
  audienceProblems: ['ugly apps'],
  goals: ['job'],
  platforms: ['linkedin', 'x', 'medium', 'bluesky', 'mastodon'],
  postsPerWeek: 2,
  currentPostingFrequency: 'never',
  followers: 0,
  tone: ['professional'],
  topicsToAvoid: [],
  admiredPeople: [],
};
