// The assessment's five dimensions in display order, with plain-language names, what each one
// measures, and the score bands the chart and cards share.
import type { AssessmentDimension } from '@brandwright/contracts';

export interface DimensionInfo {
  id: AssessmentDimension;
  label: string;
  description: string;
}

export const DIMENSIONS: readonly DimensionInfo[] = [
  {
    id: 'clarity',
    label: 'Clarity',
    description: 'How precisely you say who you help, with what, and from which role.',
  },
  {
    id: 'consistency',
    label: 'Consistency',
    description: 'Whether your publishing plan is regular and sustainable across your platforms.',
  },
  {
    id: 'visibility',
    label: 'Visibility',
    description: 'How many of the right people can find you and your recent thinking today.',
  },
  {
    id: 'authority',
    label: 'Authority',
    description: 'How well experience and concrete results back up your expertise.',
  },
  {
    id: 'engagement',
    label: 'Engagement',
    description: 'How likely your voice and topics are to start conversations.',
  },
];

export interface ScoreBand {
  label: string;
  /** Bar fill; the score is always printed as text too, colour is never the only cue. */
  bar: string;
  badge: string;
}

export function scoreBand(score: number): ScoreBand {
  if (score >= 70) return { label: 'Strong', bar: 'bg-emerald-600', badge: 'bg-emerald-50 text-emerald-800' };
  if (score >= 40)
    return { label: 'Developing', bar: 'bg-indigo-600', badge: 'bg-indigo-50 text-indigo-800' };
  return { label: 'Needs work', bar: 'bg-amber-600', badge: 'bg-amber-50 text-amber-900' };
}
