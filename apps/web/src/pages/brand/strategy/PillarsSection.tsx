// Content pillars: three to five themes with example topics and a share of posts each. The
// running total is announced politely; saving is blocked (with the reason beside the total) until
// the shares add up to 100, and "Balance shares" gets there in one click.
import type { StoredStrategy } from '@brandwright/contracts';
import type { FieldErrors } from '../../../api/errors';
import { Button } from '../../../components/Button';
import { TextAreaField, TextField } from '../../../components/Field';
import { EditableList } from './EditableList';
import { balanceShares, SHARES_TOTAL, totalShare } from './pillarShares';
import { SectionCard } from './SectionCard';
import { emptyPillar, fromPillarDrafts, type PillarDraft, patchItem, toPillarDrafts } from './strategyDrafts';
import { errorAt, useSectionForm } from './useSectionForm';

const MIN = 3;
const MAX = 5;
const ROOT = 'contentPillars';
const TOTAL_ERROR_ID = 'pillar-total-error';

export function PillarsSection({ strategy }: { strategy: StoredStrategy }) {
  const form = useSectionForm({
    strategy,
    select: (s) => s.contentPillars,
    toDraft: toPillarDrafts,
    toPatch: (drafts) => ({ contentPillars: fromPillarDrafts(drafts) }),
  });
  const pillars = form.draft;
  const total = totalShare(pillars.map((p) => p.share));
  // The "must sum to 100" message stops applying as soon as the total is fixed.
  const totalError = total === SHARES_TOTAL ? undefined : form.errors[ROOT];

  function balance() {
    form.update((prev) => {
      const shares = balanceShares(prev.map((p) => p.share));
      return prev.map((p, i) => ({ ...p, share: String(shares[i] ?? p.share) }));
    });
  }

  return (
    <SectionCard
      id="pillars"
      title="Content pillars"
      description="The three to five themes you are known for, and how your posts split between them."
      form={form}
      saveLabel="Save pillars"
    >
      <EditableList
        items={pillars}
        noun="Pillar"
        min={MIN}
        max={MAX}
        nameOf={(pillar) => pillar.name}
        onAdd={() => {
          const pillar = emptyPillar();
          form.update((prev) => [...prev, pillar]);
          return pillar.key;
        }}
        onRemove={(key) => form.update((prev) => prev.filter((p) => p.key !== key))}
        renderFields={(pillar, index) => (
          <PillarFields
            pillar={pillar}
            path={`${ROOT}.${index}`}
            errors={form.errors}
            totalInvalid={Boolean(totalError)}
            onChange={(patch) => form.update((prev) => patchItem(prev, pillar.key, patch))}
          />
        )}
      >
        <ShareTotal total={total} error={totalError} onBalance={balance} />
      </EditableList>
    </SectionCard>
  );
}

interface PillarFieldsProps {
  pillar: PillarDraft;
  path: string;
  errors: FieldErrors;
  /** The shares do not add up: every share field points at the total's message. */
  totalInvalid: boolean;
  onChange: (patch: Partial<PillarDraft>) => void;
}

function PillarFields({ pillar, path, errors, totalInvalid, onChange }: PillarFieldsProps) {
  const shareError = errorAt(errors, `${path}.share`);
  const pointAtTotal = totalInvalid && !shareError;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <TextField
          label="Name"
          required
          maxLength={60}
          value={pillar.name}
          onChange={(e) => onChange({ name: e.target.value })}
          error={errorAt(errors, `${path}.name`)}
        />
        <TextField
          label="Share of posts (%)"
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={SHARES_TOTAL}
          step={1}
          value={pillar.share}
          onChange={(e) => onChange({ share: e.target.value })}
          error={shareError}
          externalError={pointAtTotal ? TOTAL_ERROR_ID : undefined}
        />
      </div>
      <TextAreaField
        label="Description"
        required
        rows={2}
        maxLength={400}
        value={pillar.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={errorAt(errors, `${path}.description`)}
      />
      <TextAreaField
        label="Example topics"
        required
        rows={3}
        hint="One per line, 2 to 8."
        value={pillar.exampleTopics}
        onChange={(e) => onChange({ exampleTopics: e.target.value })}
        error={errorAt(errors, `${path}.exampleTopics`)}
      />
    </>
  );
}

interface ShareTotalProps {
  total: number;
  error: string | undefined;
  onBalance: () => void;
}

function totalStatus(total: number): string {
  if (total === SHARES_TOTAL) return 'Shares add up to 100%.';
  if (total < SHARES_TOTAL)
    return `${SHARES_TOTAL - total}% left to assign. Shares must add up to 100% to save.`;
  return `${total - SHARES_TOTAL}% too much. Shares must add up to 100% to save.`;
}

function ShareTotal({ total, error, onBalance }: ShareTotalProps) {
  const ok = total === SHARES_TOTAL;
  return (
    // Sticks to the bottom of the window while the pillars scroll by, so the total stays in view.
    <div
      className={`sticky bottom-2 z-10 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border px-4 py-3 shadow-sm ${ok ? 'border-emerald-200 bg-emerald-50' : 'border-amber-300 bg-amber-50'}`}
    >
      <p role="status" aria-atomic="true" className="text-sm text-slate-900">
        <span className="font-semibold">Total: {total}%</span>{' '}
        <span className={ok ? 'text-emerald-800' : 'text-amber-900'}>{totalStatus(total)}</span>
      </p>
      <Button variant="secondary" className="px-3 py-1.5" onClick={onBalance}>
        Balance shares
      </Button>
      {error && (
        <p id={TOTAL_ERROR_ID} className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
