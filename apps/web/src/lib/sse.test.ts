// The generate stream's parser: events split across chunks, comments, multi-line data.
import { describe, expect, test } from 'vitest';
import { parseSseChunk, readSse } from './sse';

describe('parseSseChunk', () => {
  test('returns complete events and keeps the unfinished rest', () => {
    const { events, rest } = parseSseChunk(
      'event: progress\ndata: {"a":1}\n\n: ping\n\nevent: variant\ndata: {"b"',
    );
    expect(events).toEqual([{ event: 'progress', data: '{"a":1}' }]);
    expect(rest).toBe('event: variant\ndata: {"b"');
  });

  test('joins multi-line data and defaults the event name', () => {
    expect(parseSseChunk('data: one\r\ndata: two\r\n\r\n').events).toEqual([
      { event: 'message', data: 'one\ntwo' },
    ]);
  });
});

describe('readSse', () => {
  test('reassembles events split across chunks, including a split multi-byte character', async () => {
    const bytes = new TextEncoder().encode('event: done\ndata: {"t":"é"}\n\n');
    const cut = bytes.indexOf(0xc3) + 1;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const events = [];
    for await (const event of readSse(body)) events.push(event);
    expect(events).toEqual([{ event: 'done', data: '{"t":"é"}' }]);
  });
});
