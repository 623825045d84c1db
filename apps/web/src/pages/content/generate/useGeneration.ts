// The state of one streamed generation: its stage, the variants received so far (in their index
// slots, as they may finish out of order), the final result with the stored draft's id, or the
// error. Leaving the page or starting again aborts the request in flight.
import type { GeneratedVariant, GenerateRequest, GenerateResult } from '@brandwright/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type GenerationStage, streamGeneration } from '../../../api/generation';

export interface GenerationState {
  status: 'idle' | 'streaming' | 'done' | 'error';
  /** True when live progress was unavailable and the whole result is awaited at once. */
  fallback: boolean;
  stage: GenerationStage | null;
  charsReceived: number;
  expected: number;
  variants: (GeneratedVariant | undefined)[];
  result: GenerateResult | null;
  error: unknown;
}

const IDLE: GenerationState = {
  status: 'idle',
  fallback: false,
  stage: null,
  charsReceived: 0,
  expected: 0,
  variants: [],
  result: null,
  error: null,
};

export function useGeneration() {
  const [state, setState] = useState<GenerationState>(IDLE);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  const start = useCallback(async (request: GenerateRequest) => {
    abortRef.current?.abort();
    const abort = new AbortController();
    abortRef.current = abort;
    setState({ ...IDLE, status: 'streaming', stage: 'preparing', expected: request.variants });
    const handlers = {
      onProgress: (stage: GenerationStage, chars: number | undefined) =>
        setState((s) => ({ ...s, stage, charsReceived: chars ?? s.charsReceived })),
      onVariant: (index: number, variant: GeneratedVariant) =>
        setState((s) => {
          const variants = [...s.variants];
          variants[index] = variant;
          return { ...s, variants };
        }),
      onFallback: () => setState((s) => ({ ...s, fallback: true })),
    };
    try {
      const result = await streamGeneration(request, handlers, abort.signal);
      if (abort.signal.aborted) return;
      setState((s) => ({ ...s, status: 'done', result, variants: result.variants }));
    } catch (error) {
      if (abort.signal.aborted) return;
      setState((s) => ({ ...s, status: 'error', error }));
    }
  }, []);

  return { state, start };
}

/** What the live region says about the generation right now. */
export function progressMessage(state: GenerationState): string {
  const ready = state.variants.filter(Boolean).length;
  if (state.status === 'done')
    return `Done: ${ready} variant${ready === 1 ? '' : 's'} ready, saved as a draft.`;
  if (state.status !== 'streaming') return '';
  if (state.fallback)
    return 'Live progress is unavailable here; the variants will appear when all are written…';
  if (ready > 0) return `Variant ${ready} of ${state.expected} ready…`;
  if (state.stage === 'preparing') return 'Reading your strategy and voice…';
  if (state.stage === 'repairing') return 'Fixing the format of the answer…';
  return state.charsReceived > 0 ? `Writing… ${state.charsReceived} characters so far` : 'Writing…';
}
