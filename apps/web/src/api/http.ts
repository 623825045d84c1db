// Low-level fetch helpers: JSON bodies, problem+json errors and response validation. No auth here.
import type { z } from 'zod';
import { errorFromResponse, invalidResponseError, networkError } from './errors';

export const API_BASE = '/api/v1';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

/** FormData goes as multipart (fetch sets the boundary); any other body as JSON. */
function encodeBody(body: unknown): BodyInit | null {
  if (body === undefined) return null;
  return body instanceof FormData ? body : JSON.stringify(body);
}

/** Sends a request to the API and returns the response if it is 2xx; throws ApiError otherwise. */
export async function send(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined && !(options.body instanceof FormData))
    headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: encodeBody(options.body),
      // Same-origin only: the refresh cookie must never be sent anywhere else.
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/** Reads and validates a JSON body so the UI never works with a shape the contracts do not promise. */
export async function readJson<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidResponseError(response.status);
  return parsed.data;
}
