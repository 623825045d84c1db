// Error codes of content generation.
import { defineErrors } from '../../../platform/errors/index.js';

export const GenerationError = defineErrors('GenerationError', {
  NO_STRATEGY_NO_TOPIC: {
    kind: 'conflict',
    detail: 'Create your strategy first or give a topic.',
  },
  UNSUPPORTED_TYPE: { kind: 'invalid', detail: 'This content type is not available on this platform.' },
  UNKNOWN_PILLAR: { kind: 'invalid', detail: 'This pillar is not part of your strategy.' },
  TEMPLATE_NOT_FOUND: { kind: 'not_found', detail: 'No such template.' },
  SOURCE_NOT_FOUND: { kind: 'not_found', detail: 'No such content to generate from.' },
  DRAFT_NOT_FOUND: { kind: 'not_found', detail: 'No generated draft with this id.' },
  VARIANT_OUT_OF_RANGE: { kind: 'invalid', detail: 'This draft has no variant with that index.' },
  STALE_VERSION: {
    kind: 'precondition_failed',
    detail: 'The content changed since you loaded it. Reload it and ask for the rewrite again.',
  },
  REWRITE_UNSUPPORTED_TYPE: {
    kind: 'conflict',
    detail: 'One-click rewrites work on posts and threads; edit articles and scripts in the editor.',
  },
  VOICE_NOT_TRAINED: {
    kind: 'conflict',
    detail: 'Add writing samples on the Voice page first: "More like me" needs your voice profile.',
  },
  REWRITE_NO_EFFECT: { kind: 'conflict', detail: 'This rewrite would not change the text.' },
  TOO_MANY_VARIANTS: {
    kind: 'conflict',
    detail: 'This draft holds as many variants as it can. Accept one, then start a new draft from it.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    kind: 'conflict',
    detail: 'This Idempotency-Key was used for another kind of rewrite.',
  },
});
