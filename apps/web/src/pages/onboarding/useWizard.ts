// State of the onboarding wizard: drafts, current step, per-field errors and the two server
// actions (save on Next, create the strategy on the last step). Focus follows the user: to the new
// step's heading after moving, to the first invalid answer after a failed attempt.
import type { Questionnaire, SavedAnswers } from '@brandwright/contracts';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/errors';
import { describeError } from '../../components/ErrorState';
import { useSaveAnswers } from '../../queries/brand';
import {
  type AnswerErrors,
  answerErrorsFrom,
  collectAnswers,
  type Draft,
  type Drafts,
  resumeStepIndex,
  stepIndexOf,
  toDrafts,
  validateQuestions,
} from './answerDrafts';
import { useCreateStrategy } from './useCreateStrategy';

interface FormError {
  message: string;
  details: string[];
}

/** Focus targets: the step heading after moving, the first invalid control after a failure. */
function useWizardFocus(stepIndex: number, failures: number) {
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastStep = useRef(stepIndex);
  useEffect(() => {
    if (lastStep.current === stepIndex) return;
    lastStep.current = stepIndex;
    headingRef.current?.focus();
  }, [stepIndex]);
  useEffect(() => {
    if (failures === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failures]);
  return { formRef, headingRef };
}

export function useWizard(questionnaire: Questionnaire, saved: SavedAnswers) {
  const navigate = useNavigate();
  const [drafts, setDrafts] = useState<Drafts>(() => toDrafts(questionnaire, saved));
  const [stepIndex, setStepIndex] = useState(() => resumeStepIndex(questionnaire, saved));
  const [reached, setReached] = useState(stepIndex);
  const [errors, setErrors] = useState<AnswerErrors>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  const [failures, setFailures] = useState(0);
  const save = useSaveAnswers();
  const creation = useCreateStrategy();
  const focus = useWizardFocus(stepIndex, failures);

  const step = questionnaire.steps[stepIndex];
  const stepQuestions = questionnaire.questions.filter((q) => q.step === step?.id);
  const isLast = stepIndex === questionnaire.steps.length - 1;
  const busy = save.isPending || creation.busy;

  function goTo(index: number) {
    setErrors({});
    setFormError(null);
    setStepIndex(index);
    setReached((r) => Math.max(r, index));
  }

  function change(id: string, value: Draft) {
    setDrafts((prev) => ({ ...prev, [id]: value }));
    setErrors(({ [id]: _cleared, ...rest }) => rest);
  }

  /** Places server field errors, moving to the step of the first one (e.g. INCOMPLETE_ANSWERS). */
  function fail(error: unknown) {
    const fieldErrors = isApiError(error) ? answerErrorsFrom(error.fieldProblems) : {};
    const ids = new Set(questionnaire.questions.map((q) => q.id));
    const placed = Object.keys(fieldErrors).filter((id) => ids.has(id));
    const unplaced = Object.entries(fieldErrors).filter(([id]) => !ids.has(id));
    if (placed[0]) setStepIndex(stepIndexOf(questionnaire, placed[0]));
    setErrors(fieldErrors);
    setFormError({ message: describeError(error), details: unplaced.map(([, message]) => message) });
    setFailures((n) => n + 1);
  }

  function next() {
    if (busy) return;
    const stepErrors = validateQuestions(stepQuestions, drafts);
    setFormError(null);
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length > 0) return setFailures((n) => n + 1);
    const answers = collectAnswers(questionnaire.questions, drafts);
    if (!isLast) return save.mutate(answers, { onSuccess: () => goTo(stepIndex + 1), onError: fail });
    creation.start(answers).then(
      (result) => result && navigate('/brand/assessment'),
      (error: unknown) => fail(error),
    );
  }

  return {
    ...focus,
    step,
    stepIndex,
    reached,
    stepQuestions,
    isLast,
    drafts,
    errors,
    formError,
    busy,
    saving: save.isPending,
    phase: creation.phase,
    change,
    next,
    goTo,
  };
}
