// The wizard's final action: save the answers, then assess them and write the strategy. The
// assessment is one request that can take several seconds with a cloud model, so the phase moves
// from "analysing" to "writing" on a timer to show that work is under way. A ref guards against a
// second run while one is in flight (a double click lands before the button re-renders disabled).
import type { AssessmentResult, PartialBrandAnswers } from '@brandwright/contracts';
import { useEffect, useRef, useState } from 'react';
import { useCreateAssessment, useSaveAnswers } from '../../queries/brand';

export type CreationPhase = 'idle' | 'saving' | 'analysing' | 'writing' | 'done';

/** How long "Analysing your answers…" shows before "Writing your strategy…" takes over. */
const WRITING_AFTER_MS = 2500;

export function useCreateStrategy() {
  const saveAnswers = useSaveAnswers();
  const createAssessment = useCreateAssessment();
  const [phase, setPhase] = useState<CreationPhase>('idle');
  const inFlight = useRef(false);

  useEffect(() => {
    if (phase !== 'analysing') return;
    const timer = setTimeout(() => setPhase('writing'), WRITING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [phase]);

  /** Resolves with the result, or rejects with the failed call's error (phase back to idle). */
  async function start(answers: PartialBrandAnswers): Promise<AssessmentResult | null> {
    if (inFlight.current) return null;
    inFlight.current = true;
    try {
      setPhase('saving');
      await saveAnswers.mutateAsync(answers);
      setPhase('analysing');
      const result = await createAssessment.mutateAsync();
      setPhase('done');
      return result;
    } catch (error) {
      setPhase('idle');
      throw error;
    } finally {
      inFlight.current = false;
    }
  }

  return { phase, busy: phase !== 'idle', start };
}
