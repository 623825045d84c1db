// The models the emulated Anthropic serves: GET /v1/models (newest first, paged with limit,
// after_id and before_id) and GET /v1/models/{id}, which also resolves an alias to its model, as
// Anthropic's does. Messages and count_tokens accept exactly these ids and aliases.
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http.js';
import { type AnthropicProblem, invalid } from './anthropic-errors.js';

interface AnthropicModel {
  id: string;
  alias: string;
  display_name: string;
  created_at: string;
}

/** A fixed snapshot of Anthropic's catalogue, newest first (the order the API lists them in). */
const MODELS: AnthropicModel[] = [
  {
    id: 'claude-opus-4-5-20251101',
    alias: 'claude-opus-4-5',
    display_name: 'Claude Opus 4.5',
    created_at: '2025-11-24T00:00:00Z',
  },
  {
    id: 'claude-haiku-4-5-20251001',
    alias: 'claude-haiku-4-5',
    display_name: 'Claude Haiku 4.5',
    created_at: '2025-10-15T00:00:00Z',
  },
  {
    id: 'claude-sonnet-4-5-20250929',
    alias: 'claude-sonnet-4-5',
    display_name: 'Claude Sonnet 4.5',
    created_at: '2025-09-29T00:00:00Z',
  },
  {
    id: 'claude-opus-4-1-20250805',
    alias: 'claude-opus-4-1',
    display_name: 'Claude Opus 4.1',
    created_at: '2025-08-05T00:00:00Z',
  },
  {
    id: 'claude-sonnet-4-20250514',
    alias: 'claude-sonnet-4-0',
    display_name: 'Claude Sonnet 4',
    created_at: '2025-05-22T00:00:00Z',
  },
];

export function findAnthropicModel(idOrAlias: unknown): AnthropicModel | undefined {
  return MODELS.find((m) => m.id === idOrAlias || m.alias === idOrAlias);
}

const present = ({ id, display_name, created_at }: AnthropicModel) => ({
  type: 'model',
  id,
  display_name,
  created_at,
});

/** The page GET /v1/models answers, or why the paging parameters are refused. */
function page(query: URLSearchParams): unknown | AnthropicProblem {
  const limit = Number(query.get('limit') ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    return invalid('limit: Input should be greater than or equal to 1 and less than or equal to 1000');
  const after = query.get('after_id');
  const before = query.get('before_id');
  const cursor = after ?? before;
  const at = cursor === null ? -1 : MODELS.findIndex((m) => m.id === cursor);
  if (cursor !== null && at < 0) return invalid(`${after ? 'after_id' : 'before_id'}: unknown model id`);
  // before_id pages backwards: the `limit` models just before the cursor.
  const [from, to] =
    before !== null && after === null ? [Math.max(0, at - limit), at] : [at + 1, at + 1 + limit];
  const data = MODELS.slice(from, to).map(present);
  const hasMore = before !== null && after === null ? from > 0 : to < MODELS.length;
  return { data, has_more: hasMore, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
}

/** GET /v1/models or /v1/models/{id}: the answer, or the problem to answer with. */
export function modelsAnswer(
  path: string,
  query: URLSearchParams,
  res: ServerResponse,
): AnthropicProblem | undefined {
  if (path === '/v1/models') {
    const answer = page(query);
    if (Array.isArray(answer)) return answer as AnthropicProblem;
    sendJson(res, 200, answer);
    return undefined;
  }
  const id = decodeURIComponent(path.slice('/v1/models/'.length));
  const model = findAnthropicModel(id);
  if (!model) return [404, 'not_found_error', `model: ${id}`];
  sendJson(res, 200, present(model));
  return undefined;
}
