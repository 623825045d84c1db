// The generate panel: the request form, a live progress line, and each variant as it streams in
// with its scores; choosing one opens the stored draft in the editor.
import { lazy, Suspense, useId } from 'react';
import { isApiError } from '../../../api/errors';
import { describeError } from '../../../components/ErrorState';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { Spinner } from '../../../components/Spinner';
import { useStrategy } from '../../../queries/brand';
import { useTemplates } from '../../../queries/content';
import { GenerateForm } from './GenerateForm';
import { progressMessage, useGeneration } from './useGeneration';
import { useVariantChoice } from './useVariantChoice';

// Cards (and their score meters) load while the first variant streams in, not with the page.
const VariantCard = lazy(async () => ({ default: (await import('./VariantCard')).VariantCard }));

export function GeneratePanel() {
  const headingId = useId();
  const strategy = useStrategy();
  const pillars = strategy.data?.strategy.contentPillars.map((p) => p.name) ?? [];
  const templates = useTemplates().data ?? [];
  const { state, start } = useGeneration();
  const choice = useVariantChoice(state.result);
  const streaming = state.status === 'streaming';
  const message = progressMessage(state);
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div>
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          Generate in your voice
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Brandwright writes a few variants from your strategy and writing samples and scores each one.
        </p>
      </div>
      <GenerateForm
        pillars={pillars}
        templates={templates}
        pending={streaming}
        serverErrors={isApiError(state.error) ? state.error.fieldErrors : {}}
        onSubmit={(request) => void start(request)}
      />
      <div role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {message && (
          <p className="flex items-center gap-2">
            {streaming && <Spinner size="sm" />}
            {message}
          </p>
        )}
      </div>
      {state.status === 'error' && <FormErrorAlert message={describeError(state.error)} details={[]} />}
      {choice.mutation.isError && (
        <FormErrorAlert message={describeError(choice.mutation.error)} details={[]} />
      )}
      {state.variants.length > 0 && (
        <Suspense fallback={<Spinner />}>
          <div className="grid gap-4 lg:grid-cols-2">
            {state.variants.map(
              (variant, index) =>
                variant && (
                  <VariantCard
                    // Variants fill fixed slots: their index is their identity.
                    // biome-ignore lint/suspicious/noArrayIndexKey: slots never reorder
                    key={index}
                    index={index}
                    variant={variant}
                    ready={state.status === 'done' && Boolean(state.result?.contentId)}
                    busy={choice.busy(index)}
                    rejected={choice.rejected.has(index)}
                    onChoose={(c, reason) =>
                      choice.mutation.mutate({ index, choice: c, ...(reason ? { reason } : {}) })
                    }
                  />
                ),
            )}
          </div>
        </Suspense>
      )}
    </section>
  );
}
