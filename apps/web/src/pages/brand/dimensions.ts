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
    description:
      'How regularly you publish today, and whether your plan is sustainable across your platforms.',
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
    description:
      'How much conversation your publishing can start today: posts, readers who can reply, inviting habits.',
  },
];

export interface ScoreBand {
  label: string;
  /** Bar fill; the score is always printed as text too, colour is never the only cue. */
  bar: string;
  badge: string;
}

/** Bands of docs/assessment-rubric.md: a score is read as a stage, from getting started to strong. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 80) return { label: 'Strong', bar: 'bg-emerald-600', badge: 'bg-emerald-50 text-emerald-800' };
  if (score >= 60) return { label: 'Established', bar: 'bg-teal-600', badge: 'bg-teal-50 text-teal-800' };
  if (score >= 30)
    return { label: 'Developing', bar: 'bg-indigo-600', badge: 'bg-indigo-50 text-indigo-800' };
  return { label: 'Getting started', bar: 'bg-amber-600', badge: 'bg-amber-50 text-amber-900' };
}
