// `/onboarding`: the brand questionnaire, one step at a time. Each Next saves the answers so far,
// so the wizard resumes where the user left off; the last step creates the strategy.
import type { Questionnaire, SavedAnswers } from '@brandwright/contracts';
import type { FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { PageLoader } from '../../components/Spinner';
import { useQuestionnaire, useSavedAnswers, useStrategy } from '../../queries/brand';
import { CreationProgress } from './CreationProgress';
import { QuestionField } from './QuestionField';
import { StepProgress } from './StepProgress';
import { useWizard, type WizardState } from './useWizard';

export function OnboardingPage() {
  const questionnaire = useQuestionnaire();
  const saved = useSavedAnswers();
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <title>Build your brand strategy · Brandwright</title>
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Build your brand strategy</h1>
        <p className="mt-2 text-slate-600">
          A few questions about you, your audience and your goals. Your answers are saved at every step, so
          you can stop and come back any time.
        </p>
      </div>
      {questionnaire.isError || saved.isError ? (
        <ErrorState
          title="We could not load the questionnaire"
          error={questionnaire.error ?? saved.error}
          onRetry={() => {
            void questionnaire.refetch();
            void saved.refetch();
          }}
          retrying={questionnaire.isFetching || saved.isFetching}
        />
      ) : questionnaire.isPending || saved.isPending ? (
        <PageLoader label="Loading your questionnaire…" />
      ) : (
        // Keyed by version: a new questionnaire starts from what the server has, not stale drafts.
        <Wizard key={questionnaire.data.version} questionnaire={questionnaire.data} saved={saved.data} />
      )}
    </div>
  );
}

function Wizard({ questionnaire, saved }: { questionnaire: Questionnaire; saved: SavedAnswers }) {
  const wizard = useWizard(questionnaire, saved);
  return (
    <div className="space-y-6">
      <StepProgress
        steps={questionnaire.steps}
        current={wizard.stepIndex}
        reached={wizard.reached}
        disabled={wizard.busy}
        onSelect={wizard.goTo}
      />
      <StepForm wizard={wizard} />
    </div>
  );
}

function StepForm({ wizard }: { wizard: WizardState }) {
  const { step } = wizard;
  if (!step) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    wizard.next();
  }

  return (
    <form
      ref={wizard.formRef}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="step-heading"
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="border-b border-slate-200 px-6 py-4">
        <h2
          id="step-heading"
          ref={wizard.headingRef}
          tabIndex={-1}
          className="text-lg font-semibold text-slate-900 outline-none"
        >
          {step.title}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{step.description}</p>
      </div>
      {/* Disabled while saving or creating, so answers cannot change under a request in flight. */}
      <fieldset disabled={wizard.busy} className="space-y-6 px-6 py-6">
        <FormErrorAlert
          message={wizard.formError?.message ?? null}
          details={wizard.formError?.details ?? []}
        />
        {wizard.stepQuestions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            value={wizard.drafts[question.id]}
            error={wizard.errors[question.id]}
            onChange={(value) => wizard.change(question.id, value)}
          />
        ))}
      </fieldset>
      <div className="border-t border-slate-200 px-6 py-4">
        {wizard.isLast && <RecreateNote />}
        <CreationProgress phase={wizard.phase} />
        <WizardButtons wizard={wizard} />
      </div>
    </form>
  );
}

function WizardButtons({ wizard }: { wizard: WizardState }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <Button
        variant="secondary"
        onClick={() => wizard.goTo(wizard.stepIndex - 1)}
        disabled={wizard.stepIndex === 0 || wizard.busy}
      >
        Back
      </Button>
      {wizard.isLast ? (
        <Button type="submit" pending={wizard.busy} pendingLabel="Creating your strategy…">
          Create my strategy
        </Button>
      ) : (
        <Button type="submit" pending={wizard.saving} pendingLabel="Saving…">
          Next
        </Button>
      )}
    </div>
  );
}

/** Before re-creating: what happens to the strategy the user already has (and may have edited). */
function RecreateNote() {
  const strategy = useStrategy();
  if (!strategy.data) return null;
  return (
    <p className="mb-4 text-sm text-slate-600">
      You already have a strategy (version {strategy.data.version}). If you changed your answers, creating it
      again writes a new version from them; earlier versions, including your edits, stay in the version
      history.
    </p>
  );
}
