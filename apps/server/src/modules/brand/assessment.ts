// The brand assessment: five scores (0–100) computed from the questionnaire answers by explicit,
// explainable rules. Each score lists the answers that drove it and one recommendation aimed at its
// weakest factor, so the user can see why and what to do.
import type { Assessment, AssessmentDimension, BrandAnswers, PostingFrequency } from '@brandwright/contracts';

interface Factor {
  points: number;
  max: number;
  evidence: string;
  /** What to do when this factor scores low; factors at full marks need none. */
  advice: string;
}

const POSTS_PER_WEEK: Record<PostingFrequency, number> = {
  never: 0,
  monthly: 0.25,
  weekly: 1,
  several_per_week: 3,
  daily: 7,
};

/** Regularity is what builds trust: weekly already counts as consistent. */
const REGULARITY_POINTS: Record<PostingFrequency, number> = {
  never: 0,
  monthly: 3,
  weekly: 7,
  several_per_week: 10,
  daily: 10,
};

/** Presence grows with volume, with diminishing returns past several posts a week. */
const PRESENCE_POINTS: Record<PostingFrequency, number> = {
  never: 0,
  monthly: 2,
  weekly: 5,
  several_per_week: 8,
  daily: 10,
};

const WEIGHTS: Record<AssessmentDimension, number> = {
  clarity: 0.25,
  consistency: 0.2,
  visibility: 0.15,
  authority: 0.25,
  engagement: 0.15,
};

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));
const quantified = (items: string[]) => items.filter((a) => /\d/.test(a)).length;

function scoreOf(factors: Factor[]) {
  const max = factors.reduce((sum, f) => sum + f.max, 0);
  const points = factors.reduce((sum, f) => sum + f.points, 0);
  const weakest = [...factors].sort((a, b) => b.max - b.points - (a.max - a.points))[0];
  // Advice only where it matters: a factor at 80 % or more is not worth the user's attention.
  const recommendation =
    weakest && weakest.points < weakest.max * 0.8
      ? weakest.advice
      : 'Strong already: keep doing what you do and measure it monthly.';
  return {
    score: Math.round((100 * points) / max),
    evidence: factors.map((f) => f.evidence),
    recommendation,
  };
}

function clarity(a: BrandAnswers): Factor[] {
  const audienceWords = words(a.audience);
  const focus = a.expertise.length;
  return [
    {
      points: clamp(audienceWords - 2, 10),
      max: 10,
      evidence: `Your audience is described in ${audienceWords} words: "${a.audience}".`,
      advice: 'Name your audience precisely: their role, company type and situation, in one sentence.',
    },
    {
      points: a.audienceProblems.length >= 2 ? 10 : 5,
      max: 10,
      evidence: `You listed ${a.audienceProblems.length} audience problem(s) you can solve.`,
      advice:
        'List two or three concrete problems your audience has that you solve; they become your content.',
    },
    {
      points: focus >= 2 && focus <= 5 ? 10 : focus === 1 ? 6 : 4,
      max: 10,
      evidence: `You named ${focus} area(s) of expertise.`,
      advice:
        focus > 5
          ? 'Narrow your expertise to the three to five areas you want to be known for.'
          : 'Add one or two adjacent areas of expertise so your content has range.',
    },
    {
      points: words(a.role) >= 3 ? 10 : 6,
      max: 10,
      evidence: `Your role reads "${a.role}".`,
      advice: 'Describe your role with its context ("Head of Data at a fintech"), not only a title.',
    },
  ];
}

function consistency(a: BrandAnswers): Factor[] {
  const today = POSTS_PER_WEEK[a.currentPostingFrequency];
  const perPlatform = a.postsPerWeek / a.platforms.length;
  return [
    {
      points: REGULARITY_POINTS[a.currentPostingFrequency],
      max: 10,
      evidence: `Today you post ${a.currentPostingFrequency.replaceAll('_', ' ')}.`,
      advice: 'Start with a rhythm you can keep: a fixed day and time each week beats bursts.',
    },
    {
      points: a.postsPerWeek <= Math.max(2, today * 3) ? 10 : 5,
      max: 10,
      evidence: `You plan ${a.postsPerWeek} post(s) a week.`,
      advice: 'Ramp up gradually: at most about three times what you post today, then raise it monthly.',
    },
    {
      points: perPlatform >= 1 ? 10 : 4,
      max: 10,
      evidence: `That is ${perPlatform.toFixed(1)} post(s) a week per platform across ${a.platforms.length} platform(s).`,
      advice: 'Focus on fewer platforms until each gets at least one post a week.',
    },
  ];
}

function visibility(a: BrandAnswers): Factor[] {
  const reach = clamp(Math.round(Math.log10(a.followers + 1) * 3), 15);
  return [
    {
      points: reach,
      max: 15,
      evidence: `You have about ${a.followers.toLocaleString('en-US')} followers.`,
      advice:
        'Grow reach deliberately: comment thoughtfully on posts of people your audience follows, daily.',
    },
    {
      points: PRESENCE_POINTS[a.currentPostingFrequency],
      max: 10,
      evidence: `Posting ${a.currentPostingFrequency.replaceAll('_', ' ')} keeps you ${a.currentPostingFrequency === 'never' ? 'invisible' : 'in view'} between conversations.`,
      advice:
        'Publish two or three times a week so the people you meet always find recent thinking from you.',
    },
    {
      points: clamp(a.platforms.length * 3, 5),
      max: 5,
      evidence: `You plan to publish on ${a.platforms.join(', ')}.`,
      advice: 'Add a second platform where your audience reads, repurposing your best posts there.',
    },
  ];
}

function authority(a: BrandAnswers): Factor[] {
  const proven = quantified(a.achievements);
  return [
    {
      points: clamp(Math.round(a.yearsExperience / 1.5), 10),
      max: 10,
      evidence: `${a.yearsExperience} year(s) of experience at ${a.experienceLevel} level.`,
      advice: 'Borrow authority while you build it: share what you learn from experts and cite your sources.',
    },
    {
      points: clamp(a.achievements.length * 3, 10),
      max: 10,
      evidence: `You listed ${a.achievements.length} achievement(s).`,
      advice: 'Write down three achievements you can tell as short stories; they are your strongest posts.',
    },
    {
      points: clamp(proven * 4, 10),
      max: 10,
      evidence: `${proven} achievement(s) carry a number.`,
      advice: 'Quantify your results ("cut reporting time by 40%"): numbers make claims credible.',
    },
  ];
}

function engagement(a: BrandAnswers): Factor[] {
  const warm = a.tone.filter((t) => ['friendly', 'bold', 'witty', 'casual', 'inspirational'].includes(t));
  return [
    {
      points: warm.length > 0 ? 10 : 5,
      max: 10,
      evidence: `You want to sound ${a.tone.join(', ')}.`,
      advice: 'Add some warmth or edge to your tone: people reply to a person, not a press release.',
    },
    {
      points: clamp(a.audienceProblems.length * 3, 10),
      max: 10,
      evidence: `${a.audienceProblems.length} audience problem(s) give you questions to ask your readers.`,
      advice: 'End posts with a question about a problem your audience has; it invites replies.',
    },
    {
      points: a.admiredPeople.length > 0 ? 10 : 4,
      max: 10,
      evidence:
        a.admiredPeople.length > 0
          ? `You study ${a.admiredPeople.slice(0, 3).join(', ')}.`
          : 'You named nobody whose presence you admire.',
      advice: 'Pick two people your audience follows and study what makes their posts get replies.',
    },
  ];
}

const RULES: Record<AssessmentDimension, (a: BrandAnswers) => Factor[]> = {
  clarity,
  consistency,
  visibility,
  authority,
  engagement,
};

export function assess(answers: BrandAnswers): Assessment {
  const dimensions = Object.fromEntries(
    (Object.keys(RULES) as AssessmentDimension[]).map((d) => [d, scoreOf(RULES[d](answers))]),
  ) as Assessment['dimensions'];
  const overall = (Object.keys(WEIGHTS) as AssessmentDimension[]).reduce(
    (sum, d) => sum + WEIGHTS[d] * dimensions[d].score,
    0,
  );
  return { overall: Math.round(overall), dimensions };
}
