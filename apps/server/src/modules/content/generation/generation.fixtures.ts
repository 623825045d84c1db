// Complete questionnaire answers for generation tests and the bench (modules do not share test files):
// a focused senior professional with topics to avoid.
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
