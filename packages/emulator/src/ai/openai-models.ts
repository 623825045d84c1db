// The models the emulated OpenAI serves: GET /v1/models and GET /v1/models/{id}. Chat completions
// and embeddings accept only these, as OpenAI refuses a model it does not have; an embedding model
// carries its native size and whether it can be shortened with `dimensions`.
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http.js';
import { openAiError } from './openai-errors.js';

interface OpenAiModel {
  id: string;
  /** Epoch seconds, as OpenAI lists them. */
  created: number;
  owned_by: string;
  kind: 'chat' | 'embedding';
  /** Embedding models: the vector size when `dimensions` is not sent. */
  nativeDimensions?: number;
  /** text-embedding-3-* can be shortened; ada-002 refuses `dimensions`. */
  shortenable?: boolean;
}

const MODELS: OpenAiModel[] = [
  { id: 'gpt-4o-mini', created: 1_721_172_741, owned_by: 'system', kind: 'chat' },
  { id: 'gpt-4o', created: 1_715_367_049, owned_by: 'system', kind: 'chat' },
  { id: 'gpt-4.1-mini', created: 1_744_318_173, owned_by: 'system', kind: 'chat' },
  { id: 'gpt-4.1', created: 1_744_316_542, owned_by: 'system', kind: 'chat' },
  {
    id: 'text-embedding-3-small',
    created: 1_705_948_997,
    owned_by: 'system',
    kind: 'embedding',
    nativeDimensions: 1536,
    shortenable: true,
  },
  {
    id: 'text-embedding-3-large',
    created: 1_705_953_180,
    owned_by: 'system',
    kind: 'embedding',
    nativeDimensions: 3072,
    shortenable: true,
  },
  {
    id: 'text-embedding-ada-002',
    created: 1_671_217_299,
    owned_by: 'openai-internal',
    kind: 'embedding',
    nativeDimensions: 1536,
    shortenable: false,
  },
];

export function findModel(id: unknown, kind: OpenAiModel['kind']): OpenAiModel | undefined {
  return MODELS.find((m) => m.id === id && m.kind === kind);
}

const present = ({ id, created, owned_by }: OpenAiModel) => ({ id, object: 'model', created, owned_by });

/** GET /v1/models and /v1/models/{id}; false when the path is neither. */
export function serveModels(res: ServerResponse, path: string): boolean {
  if (path === '/v1/models') {
    sendJson(res, 200, { object: 'list', data: MODELS.map(present) });
    return true;
  }
  const id = /^\/v1\/models\/(.+)$/.exec(path)?.[1];
  if (id === undefined) return false;
  const model = MODELS.find((m) => m.id === decodeURIComponent(id));
  // Retrieval words its 404 differently from the generation endpoints, and names the param.
  if (!model)
    openAiError(
      res,
      404,
      'invalid_request_error',
      `The model '${decodeURIComponent(id)}' does not exist`,
      'model_not_found',
      { param: 'model' },
    );
  else sendJson(res, 200, present(model));
  return true;
}
