// A minimal Server-Sent Events reader for fetch responses: EventSource cannot POST or send the
// bearer token, so the generate stream is read with a ReadableStream reader and parsed here.
export interface SseEvent {
  event: string;
  data: string;
}

function parseBlock(block: string): SseEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { event, data: data.join('\n') } : null;
}

/** Parses complete events out of `buffer`; returns them and the unfinished remainder. */
export function parseSseChunk(buffer: string): { events: SseEvent[]; rest: string } {
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const events = blocks.map(parseBlock).filter((e): e is SseEvent => e !== null);
  return { events, rest };
}

/** Yields each event of an SSE response body as it arrives. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const reader = body.getReader();
  // One decoder across chunks: a multi-byte character may be split between two of them.
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const parsed = parseSseChunk(buffer + decoder.decode(value, { stream: true }));
      buffer = parsed.rest;
      yield* parsed.events;
    }
    yield* parseSseChunk(`${buffer}${decoder.decode()}\n\n`).events;
  } finally {
    reader.releaseLock();
  }
}
