// POST /v1/embeddings as OpenAI answers it: `encoding_format` float (JSON numbers) or base64 (the
// vector's little-endian float32 bytes — the official SDK asks for this by default and decodes it),
// and `dimensions` validated against the model. Both encodings carry the same float32 values.
import type { ServerResponse } from 'node:http';
import type { EmulatorState } from '../control.js';
import { sendJson } from '../http.js';
import { fakeEmbedding } from './embedding.js';
import { applyFault } from './faults.js';
import { invalidRequest, modelNotFound, openAiFaults } from './openai-errors.js';
import { findModel } from './openai-models.js';

const ENCODINGS = ['float', 'base64'] as const;
type Encoding = (typeof ENCODINGS)[number];

export function base64Floats(vector: number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  for (const [i, x] of vector.entries()) bytes.writeFloatLE(x, i * 4);
  return bytes.toString('base64');
}

/** The vector size to answer, or the refusal OpenAI gives for this `dimensions`. */
function dimensionsFor(
  model: NonNullable<ReturnType<typeof findModel>>,
  requested: unknown,
): number | [string, string | null, string | null] {
  const native = model.nativeDimensions ?? 1536;
  if (requested === undefined || requested === null) return native;
  if (!model.shortenable) return ['This model does not support specifying dimensions.', null, null];
  if (typeof requested !== 'number' || !Number.isInteger(requested))
    return [
      `Invalid type for 'dimensions': expected an integer, but got ${typeof requested === 'number' ? 'a decimal number' : typeof requested} instead.`,
      'dimensions',
      'invalid_type',
    ];
  if (requested < 1)
    return [
      `Invalid 'dimensions': integer below minimum value. Expected a value >= 1, but got ${requested} instead.`,
      'dimensions',
      'integer_below_min_value',
    ];
  // ⚠ The wording above the native size is not documented; the status and param are.
  if (requested > native)
    return [
      `Invalid 'dimensions': integer above maximum value. Expected a value <= ${native}, but got ${requested} instead.`,
      'dimensions',
      'integer_above_max_value',
    ];
  return requested;
}

function inputsOf(input: unknown): string[] | undefined {
  const inputs = typeof input === 'string' ? [input] : input;
  if (!Array.isArray(inputs) || inputs.length === 0 || inputs.some((i) => typeof i !== 'string')) return;
  return inputs as string[];
}

export async function embeddings(
  state: EmulatorState,
  body: Record<string, unknown>,
  res: ServerResponse,
): Promise<void> {
  const inputs = inputsOf(body.input);
  if (!inputs) return invalidRequest(res, "'input' must be a string or an array of strings.", 'input', null);
  const model = findModel(body.model, 'embedding');
  if (!model) return modelNotFound(res, String(body.model ?? ''));
  const encoding = (body.encoding_format ?? 'float') as Encoding;
  if (!ENCODINGS.includes(encoding))
    return invalidRequest(
      res,
      `Invalid value: '${String(encoding)}'. Supported values are: 'float' and 'base64'.`,
      'encoding_format',
      'invalid_value',
    );
  const dimensions = dimensionsFor(model, body.dimensions);
  if (Array.isArray(dimensions)) return invalidRequest(res, ...dimensions);
  const outcome = await applyFault(state.takeFault('openai'), res, '', openAiFaults);
  if (outcome.handled) return;
  const tokens = inputs.reduce((sum, text) => sum + Math.max(1, Math.ceil(text.length / 4)), 0);
  sendJson(res, 200, {
    object: 'list',
    data: inputs.map((text, index) => {
      // float32 like the model's own output, so both encodings carry identical values.
      const vector = fakeEmbedding(text, dimensions).map(Math.fround);
      return { object: 'embedding', index, embedding: encoding === 'base64' ? base64Floats(vector) : vector };
    }),
    model: model.id,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}
