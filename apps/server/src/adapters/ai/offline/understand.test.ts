// The composer's first stage: each topic's shape, as the template slots need it.
import { describe, expect, it } from 'vitest';
import { proofSentence } from './material.js';
import { type TopicShape, understandTopic } from './understand.js';

const SHAPES: [string, TopicShape][] = [
  ['observability', 'noun'],
  ['hiring your first engineer', 'noun'],
  ['the day our database fell over', 'noun'],
  ['incident postmortems that actually change things', 'noun'],
  ['OKRs that work', 'noun'],
  ['a popular practice I disagree with', 'noun'],
  ['reference calls', 'noun'],
  ['the first sales hire', 'noun'],
  ['offer-to-accept ratio', 'noun'],
  ['time-to-fill vs time-to-hire', 'noun'],
  ['jobs to be done', 'noun'],
  ['your p99 matters more than your average', 'claim'],
  ['a bad hire costs more than an empty seat', 'claim'],
  ['candidates judge your company by your recruiter', 'claim'],
  ['retention starts in the first phone call', 'claim'],
  ['good microcopy removes support tickets', 'claim'],
  ['canary deploys with feature flags', 'noun'],
  ['the most common mistake with alerts', 'noun'],
  ['why we deleted 70% of our alerts and on-call got better', 'wh'],
  ['how to run a blameless postmortem', 'wh'],
  ['an SLO that never changed a decision is a decoration', 'claim'],
  ['we deleted half our dashboards', 'claim'],
  ['most advice about pricing is wrong', 'claim'],
  ['Nobody reads your status page', 'claim'],
  ['Should startups hire a CFO before Series A?', 'question'],
  ['Is remote work here to stay', 'question'],
  ['3 mistakes in cash-flow forecasts', 'count'],
  ['Five habits of calm on-call teams', 'count'],
  ['10 years of on-call in 10 lessons', 'count'],
];

describe('understandTopic', () => {
  for (const [topic, shape] of SHAPES)
    it(`reads "${topic}" as ${shape}`, () => expect(understandTopic(topic).shape).toBe(shape));

  it('takes the count out of the noun phrase, so only a list promises it', () => {
    expect(understandTopic('3 mistakes in cash-flow forecasts')).toMatchObject({
      count: 3,
      countNoun: 'mistakes',
      np: 'cash-flow forecasts',
    });
    expect(understandTopic('10 years of on-call in 10 lessons')).toMatchObject({
      count: 10,
      np: '10 years of on-call',
    });
  });

  it('keeps acronyms and starts the lead with a capital', () => {
    expect(understandTopic('SOC 2 readiness')).toMatchObject({
      np: 'SOC 2 readiness',
      lead: 'SOC 2 readiness',
    });
    expect(understandTopic('an SLO that never changed a decision is a decoration').lead).toMatch(/^An SLO/);
  });
});

describe('proofSentence', () => {
  it("puts the writer's own result in their person, without changing it", () => {
    expect(proofSentence('Cut p99 latency from 900 to 180 ms', 'I')).toBe(
      'I cut p99 latency from 900 to 180 ms.',
    );
    expect(proofSentence('Took pages from 40 a week down to 6.', 'we')).toBe(
      'We took pages from 40 a week down to 6.',
    );
    expect(proofSentence('Speaker at SREcon 2024', 'I')).toBe(
      'My proudest result so far: speaker at SREcon 2024.',
    );
    expect(proofSentence('Promoted', 'I')).toBeUndefined();
  });
});
