// The writing benchmark's topics: hand-written lists per field and shape (noun phrases, clauses,
// questions, claims, number-led, jargon, long and one-word), each tagged with its shape and the
// persona whose field it is. SUBSET is the small fixed set the test suite generates for.
import { cfoTopics } from './topics/cfo.js';
import { designerTopics } from './topics/designer.js';
import { founderTopics } from './topics/founder.js';
import { nurseTopics } from './topics/nurse.js';
import { recruiterTopics } from './topics/recruiter.js';
import { sreTopics } from './topics/sre.js';
import { type FieldTopics, TOPIC_SHAPES, type TopicShape } from './topics/types.js';

export { TOPIC_SHAPES, type TopicShape } from './topics/types.js';

export interface Topic {
  text: string;
  shape: TopicShape;
  /** Id of the persona (see personas.ts) whose field the topic is from. */
  persona: string;
}

const BY_PERSONA: Record<string, FieldTopics> = {
  sre: sreTopics,
  cfo: cfoTopics,
  designer: designerTopics,
  recruiter: recruiterTopics,
  nurse: nurseTopics,
  founder: founderTopics,
};

export const TOPICS: Topic[] = Object.entries(BY_PERSONA).flatMap(([persona, field]) =>
  TOPIC_SHAPES.flatMap((shape) => field[shape].map((text) => ({ text, shape, persona }))),
);

/** The personas the suite check writes for: three different fields and voices. */
export const SUBSET_PERSONAS = ['sre', 'cfo', 'recruiter'] as const;

/** The suite's fixed subset: the first topic of every shape for each SUBSET_PERSONAS field (24). */
export const SUBSET: Topic[] = SUBSET_PERSONAS.flatMap((persona) =>
  TOPIC_SHAPES.flatMap((shape) =>
    TOPICS.filter((t) => t.persona === persona && t.shape === shape).slice(0, 1),
  ),
);
