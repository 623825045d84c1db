// State of the onboarding wizard: drafts, current step, per-field errors and the two server
// actions (save on Next, create the strategy on the last step). Focus follows the user: to the new
// step's heading after moving, to the first invalid answer after a failed attempt.
import type { Questionnaire, SavedAnswers } from '@brandwright/contracts';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/errors';
import { describeError } from '../../components/ErrorState';
import { useFocusInvalid } from '../../lib/useFocusInvalid';
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

export interface WizardFormError {
  message: string;
  details: string[];
}

/** The current step and the furthest one reached; moving focuses the new step's heading. */
function useStepper(initial: number) {
  const [stepIndex, setStepIndex] = useState(initial);
  const [reached, setReached] = useState(initial);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastStep = useRef(stepIndex);
  useEffect(() => {
    if (lastStep.current === stepIndex) return;
    lastStep.current = stepIndex;
    headingRef.current?.focus();
  }, [stepIndex]);
  function goTo(index: number) {
    setStepIndex(index);
    setReached((r) => Math.max(r, index));
  }
  return { stepIndex, reached, headingRef, goTo };
}

export function useWizard(questionnaire: Questionnaire, saved: SavedAnswers) {
  const navigate = useNavigate();
  const [drafts, setDrafts] = useState<Drafts>(() => toDrafts(questionnaire, saved));
  const stepper = useStepper(resumeStepIndex(questionnaire, saved));
  const [errors, setErrors] = useState<AnswerErrors>({});
  const [formError, setFormError] = useState<WizardFormError | null>(null);
  const { formRef, focusInvalid } = useFocusInvalid();
  const save = useSaveAnswers();
  const creation = useCreateStrategy();

  const step = questionnaire.steps[stepper.stepIndex];
  const stepQuestions = questionnaire.questions.filter((q) => q.step === step?.id);
  const isLast = stepper.stepIndex === questionnaire.steps.length - 1;
  const busy = save.isPending || creation.busy;

  function goTo(index: number) {
    setErrors({});
    setFormError(null);
    stepper.goTo(index);
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
    if (placed[0]) stepper.goTo(stepIndexOf(questionnaire, placed[0]));
    setErrors(fieldErrors);
    setFormError({ message: describeError(error), details: unplaced.map(([, message]) => message) });
    focusInvalid();
  }

  function next() {
    if (busy) return;
    const stepErrors = validateQuestions(stepQuestions, drafts);
    setFormError(null);
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length > 0) return focusInvalid();
    const answers = collectAnswers(questionnaire.questions, drafts);
    if (!isLast) return save.mutate(answers, { onSuccess: () => goTo(stepper.stepIndex + 1), onError: fail });
    creation.start(answers).then((result) => result && navigate('/brand/assessment'), fail);
  }

  return {
    formRef,
    headingRef: stepper.headingRef,
    step,
    stepIndex: stepper.stepIndex,
    reached: stepper.reached,
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

export type WizardState = ReturnType<typeof useWizard>;
