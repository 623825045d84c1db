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
});
