// The shapes a topic can take, as users type them: the composer must phrase each one correctly.
export const TOPIC_SHAPES = [
  'noun',
  'clause',
  'question',
  'claim',
  'number',
  'jargon',
  'long',
  'short',
] as const;
export type TopicShape = (typeof TOPIC_SHAPES)[number];

/** One field's hand-written topics, by shape. */
export type FieldTopics = Record<TopicShape, string[]>;
