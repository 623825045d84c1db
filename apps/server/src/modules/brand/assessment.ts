// The brand assessment: five scores (0–100) computed from the questionnaire answers by explicit,
// explainable rules. Each score lists the answers that drove it and one recommendation aimed at its
// weakest factor, so the user can see why and what to do.
//
// Rubric (docs/assessment-rubric.md has the reasoning and worked examples). Scores reward evidence,
// not intentions: what the user publishes today gates everything that needs readers.
//   activity a: never 0, monthly 0.15, weekly 0.5, several a week 0.8, daily 1
//   gate g = √a (so weekly already counts for 71 %, monthly for 39 %, never for nothing)
//   reach r = min(1, log10(followers + 1) / 5) (100 → 0.4, 1,000 → 0.6, 100,000+ → 1)
//   Clarity      audience wording 30 · problems named 30 · expertise focus 25 · role in context 15
//   Consistency  posting regularity today 70 · realistic plan 15 · cadence per platform 15
//   Visibility   followers 50·r·g · recent output 35·a · platforms 15·min(1, n/3)·g
//   Authority    years 30·min(1, y/15) · seniority 10 · achievements 10 each (≤30) · with numbers 15 each (≤30)
//   Engagement   publishing 40·a · readers who can reply 30·r·g · conversation habits 30·g
//                (warm tone 10 or 4, two or more audience problems 10, people studied 10)
//   Overall = the mean of the five. Bands (shown by the web): <30 getting started, <60 developing,
//   <80 established, else strong.
import type { Assessment, AssessmentDimension, BrandAnswers, PostingFrequency } from '@brandwright/contracts';

interface Factor {
  points: number;
  max: number;
  evidence: string;
  /** What to do when this factor scores low; factors at 80 % or more need none. */
  advice: string;
}

/** How much the user publishes today, 0..1: the evidence every reader-facing score rests on. */
export const ACTIVITY: Record<PostingFrequency, number> = {
  never: 0,
  monthly: 0.15,
  weekly: 0.5,
  several_per_week: 0.8,
  daily: 1,
};

const POSTS_PER_WEEK: Record<PostingFrequency, number> = {
  never: 0,
  monthly: 0.25,
  weekly: 1,
  several_per_week: 3,
  daily: 7,
};

const SENIORITY: Record<BrandAnswers['experienceLevel'], number> = {
  entry: 0,
  mid: 5,
  senior: 10,
  executive: 10,
};

const wordsIn = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const clamp01 = (n: number) => Math.max(0, Math.min(1, n));
const quantified = (items: string[]) => items.filter((a) => /\d/.test(a)).length;
const frequency = (f: PostingFrequency) => (f === 'never' ? 'never post' : `post ${f.replaceAll('_', ' ')}`);

/** Activity, its gate and reach of one answer set (see the rubric above). */
function evidenceOf(a: BrandAnswers) {
  const activity = ACTIVITY[a.currentPostingFrequency];
  return {
    activity,
    gate: Math.sqrt(activity),
    reach: clamp01(Math.log10(a.followers + 1) / 5),
  };
}

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
  const audienceWords = wordsIn(a.audience);
  const focus = a.expertise.length;
  return [
    {
      points: 30 * clamp01((audienceWords - 1) / 7),
      max: 30,
      evidence: `Your audience is described in ${audienceWords} words: "${a.audience}".`,
      advice: 'Name your audience precisely: their role, company type and situation, in one sentence.',
    },
    {
      points: 10 * Math.min(3, a.audienceProblems.length),
      max: 30,
      evidence: `You listed ${a.audienceProblems.length} audience problem(s) you can solve.`,
      advice:
        'List two or three concrete problems your audience has that you solve; they become your content.',
    },
    {
      points: focus >= 2 && focus <= 5 ? 25 : focus === 1 ? 15 : 10,
      max: 25,
      evidence: `You named ${focus} area(s) of expertise.`,
      advice:
        focus > 5
          ? 'Narrow your expertise to the three to five areas you want to be known for.'
          : 'Add one or two adjacent areas of expertise so your content has range.',
    },
    {
      points: wordsIn(a.role) >= 3 ? 15 : 8,
      max: 15,
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
      points: 70 * ACTIVITY[a.currentPostingFrequency],
      max: 70,
      evidence: `Today you ${frequency(a.currentPostingFrequency)}: regularity is measured by what you already publish.`,
      advice: 'Start with a rhythm you can keep: a fixed day and time each week beats bursts.',
    },
    {
      points: a.postsPerWeek <= Math.max(2, today * 3) ? 15 : 6,
      max: 15,
      evidence: `You plan ${a.postsPerWeek} post(s) a week.`,
      advice: 'Ramp up gradually: at most about three times what you post today, then raise it monthly.',
    },
    {
      points: perPlatform >= 1 ? 15 : perPlatform >= 0.5 ? 8 : 3,
      max: 15,
      evidence: `That is ${perPlatform.toFixed(1)} post(s) a week per platform across ${a.platforms.length} platform(s).`,
      advice: 'Focus on fewer platforms until each gets at least one post a week.',
    },
  ];
}

function visibility(a: BrandAnswers): Factor[] {
  const { activity, gate, reach } = evidenceOf(a);
  const silent = activity === 0;
  return [
    {
      points: 50 * reach * gate,
      max: 50,
      evidence: `You have about ${a.followers.toLocaleString('en-US')} followers${silent ? ', but nothing recent for them to see' : ''}.`,
      advice:
        'Grow reach deliberately: comment thoughtfully on posts of people your audience follows, daily.',
    },
    {
      points: 35 * activity,
      max: 35,
      evidence: silent
        ? 'You have published nothing yet, so nobody can find your thinking.'
        : `You ${frequency(a.currentPostingFrequency)}, which is what keeps you in view.`,
      advice:
        'Publish two or three times a week so the people you meet always find recent thinking from you.',
    },
    {
      points: 15 * clamp01(a.platforms.length / 3) * gate,
      max: 15,
      evidence: `You plan to publish on ${a.platforms.join(', ')}; a platform counts once you post there.`,
      advice: 'Add a second platform where your audience reads, repurposing your best posts there.',
    },
  ];
}

function authority(a: BrandAnswers): Factor[] {
  const proven = quantified(a.achievements);
  return [
    {
      points: 30 * clamp01(a.yearsExperience / 15) + SENIORITY[a.experienceLevel],
      max: 40,
      evidence: `${a.yearsExperience} year(s) of experience at ${a.experienceLevel} level.`,
      advice: 'Borrow authority while you build it: share what you learn from experts and cite your sources.',
    },
    {
      points: 10 * Math.min(3, a.achievements.length),
      max: 30,
      evidence: `You listed ${a.achievements.length} achievement(s).`,
      advice: 'Write down three achievements you can tell as short stories; they are your strongest posts.',
    },
    {
      points: 15 * Math.min(2, proven),
      max: 30,
      evidence: `${proven} achievement(s) carry a number.`,
      advice: 'Quantify your results ("cut reporting time by 40%"): numbers make claims credible.',
    },
  ];
}

function habitPoints(a: BrandAnswers): number {
  const warm = a.tone.some((t) => ['friendly', 'bold', 'witty', 'casual', 'inspirational'].includes(t));
  return (warm ? 10 : 4) + (a.audienceProblems.length >= 2 ? 10 : 5) + (a.admiredPeople.length > 0 ? 10 : 0);
}

function engagement(a: BrandAnswers): Factor[] {
  const { activity, gate, reach } = evidenceOf(a);
  return [
    {
      points: 40 * activity,
      max: 40,
      evidence:
        activity === 0
          ? 'You publish nothing yet, so there is nothing for people to reply to.'
          : `You ${frequency(a.currentPostingFrequency)}: each post is a chance for a conversation.`,
      advice: 'Post at least weekly and answer every comment within a day: replies grow from habit.',
    },
    {
      points: 30 * reach * gate,
      max: 30,
      evidence: `About ${a.followers.toLocaleString('en-US')} followers could reply to what you publish.`,
      advice: 'Reply to people in your audience on their posts; many will follow back and join yours.',
    },
    {
      points: habitPoints(a) * gate,
      max: 30,
      evidence: `Your tone (${a.tone.join(', ')}), ${a.audienceProblems.length} audience problem(s) to ask about and ${a.admiredPeople.length} people you study count as far as you publish.`,
      advice: 'End posts with a question about a problem your audience has; it invites replies.',
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
  const keys = Object.keys(RULES) as AssessmentDimension[];
  const dimensions = Object.fromEntries(
    keys.map((d) => [d, scoreOf(RULES[d](answers))]),
  ) as Assessment['dimensions'];
  const overall = keys.reduce((sum, d) => sum + dimensions[d].score, 0) / keys.length;
  return { overall: Math.round(overall), dimensions };
}
