// Shared by the calendar integration tests: a pinned clock and complete questionnaire answers.
import type { BrandAnswers } from '@brandwright/contracts';

/** Friday 15 January 2027, noon UTC: February 2027 (four whole ISO weeks) is entirely ahead. */
export const NOW = new Date('2027-01-15T12:00:00Z');

export const answers: BrandAnswers = {
  role: 'Head of Data Engineering at a payments company',
  industry: 'Financial services',
  experienceLevel: 'senior',
  yearsExperience: 14,
  expertise: ['data platforms', 'real-time analytics', 'team building'],
  achievements: ['Cut month-end reporting from 9 days to 2'],
  audience: 'CFOs and finance leaders at mid-sized companies modernising their reporting',
  audienceProblems: ['slow month-end close', 'spreadsheets nobody trusts', 'hiring data talent'],
  goals: ['thought_leadership', 'leads'],
  platforms: ['linkedin', 'x'],
  postsPerWeek: 3,
  currentPostingFrequency: 'weekly',
  followers: 4200,
  tone: ['analytical', 'friendly'],
  topicsToAvoid: [],
  admiredPeople: [],
};
