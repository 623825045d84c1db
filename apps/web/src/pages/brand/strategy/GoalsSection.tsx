// Goals: one to six measurable targets, each with a metric, a target number and a due date.
import type { StoredStrategy } from '@brandwright/contracts';
import type { FieldErrors } from '../../../api/errors';
import { TextField } from '../../../components/Field';
import { EditableList } from './EditableList';
import { SectionCard } from './SectionCard';
import { emptyGoal, fromGoalDrafts, type GoalDraft, patchItem, toGoalDrafts } from './strategyDrafts';
import { errorAt, useSectionForm } from './useSectionForm';

const MIN = 1;
const MAX = 6;
const ROOT = 'goals';

export function GoalsSection({ strategy }: { strategy: StoredStrategy }) {
  const form = useSectionForm({
    strategy,
    select: (s) => s.goals,
    toDraft: toGoalDrafts,
    toPatch: (drafts) => ({ goals: fromGoalDrafts(drafts) }),
  });

  return (
    <SectionCard
      id="goals"
      title="Goals"
      description="What success looks like, in numbers you can check, and by when."
      form={form}
      saveLabel="Save goals"
    >
      <EditableList
        items={form.draft}
        noun="Goal"
        min={MIN}
        max={MAX}
        nameOf={(goal) => goal.title}
        onAdd={() => {
          const goal = emptyGoal();
          form.update((prev) => [...prev, goal]);
          return goal.key;
        }}
        onRemove={(key) => form.update((prev) => prev.filter((g) => g.key !== key))}
        error={form.errors[ROOT]}
        renderFields={(goal, index) => (
          <GoalFields
            goal={goal}
            path={`${ROOT}.${index}`}
            errors={form.errors}
            onChange={(patch) => form.update((prev) => patchItem(prev, goal.key, patch))}
          />
        )}
      />
    </SectionCard>
  );
}

interface GoalFieldsProps {
  goal: GoalDraft;
  path: string;
  errors: FieldErrors;
  onChange: (patch: Partial<GoalDraft>) => void;
}

function GoalFields({ goal, path, errors, onChange }: GoalFieldsProps) {
  return (
    <>
      <TextField
        label="Title"
        required
        maxLength={160}
        value={goal.title}
        onChange={(e) => onChange({ title: e.target.value })}
        error={errorAt(errors, `${path}.title`)}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Metric"
          required
          maxLength={80}
          placeholder="e.g. followers"
          value={goal.metric}
          onChange={(e) => onChange({ metric: e.target.value })}
          error={errorAt(errors, `${path}.metric`)}
        />
        <TextField
          label="Target"
          required
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={goal.target}
          onChange={(e) => onChange({ target: e.target.value })}
          error={errorAt(errors, `${path}.target`)}
        />
        <TextField
          label="Due date"
          required
          type="date"
          value={goal.dueDate}
          onChange={(e) => onChange({ dueDate: e.target.value })}
          error={errorAt(errors, `${path}.dueDate`)}
        />
      </div>
    </>
  );
}
