// Error codes of the recommendations module.
import { defineErrors } from '../../platform/errors/index.js';

export const RecommendationsError = defineErrors('RecommendationsError', {
  RECOMMENDATION_NOT_FOUND: { kind: 'not_found', detail: 'No such recommendation.' },
  FEED_NOT_FOUND: { kind: 'not_found', detail: 'No such feed.' },
  INVALID_FEED: { kind: 'invalid', detail: 'That address is not a feed Brandwright can read.' },
  TOO_MANY_FEEDS: { kind: 'conflict', detail: 'You have the most feeds allowed; remove one first.' },
  NO_STRATEGY: {
    kind: 'conflict',
    detail: 'There is no brand strategy to recommend from yet: create your strategy first.',
  },
});
