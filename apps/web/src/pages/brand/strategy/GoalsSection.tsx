// Goals: one to six measurable targets, each with a metric, a target number and a due date.
import type { StoredStrategy } from '@brandwright/contracts';
import type { FieldErrors } from '../../../api/errors';
import { TextField } from '../../../components/Field';
import { AddRow, ItemCard, useItemFocus } from './EditableList';
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
  const focus = useItemFocus(form.formRef);
  const goals = form.draft;

  function add() {
    const goal = emptyGoal();
    form.update((prev) => [...prev, goal]);
    focus.focusItem(goal.key);
  }

  function remove(key: string) {
    form.update((prev) => prev.filter((g) => g.key !== key));
    focus.focusAdd('goals');
  }

  return (
    <SectionCard
      id="goals"
      title="Goals"
      description="What success looks like, in numbers you can check, and by when."
      form={form}
      saveLabel="Save goals"
    >
      <ol className="space-y-4">
        {goals.map((goal, index) => {
          const title = `Goal ${index + 1}${goal.title.trim() ? `: ${goal.title.trim()}` : ''}`;
          return (
            <ItemCard
              key={goal.key}
              itemKey={goal.key}
              title={title}
              removeLabel={`Remove ${title}`}
              canRemove={goals.length > MIN}
              onRemove={() => remove(goal.key)}
            >
              <GoalFields
                goal={goal}
                path={`${ROOT}.${index}`}
                errors={form.errors}
                onChange={(patch) => form.update((prev) => patchItem(prev, goal.key, patch))}
              />
            </ItemCard>
          );
        })}
      </ol>
      <p className="text-sm font-medium text-red-700 empty:hidden">{form.errors[ROOT]}</p>
      <AddRow
        listId="goals"
        label="Add goal"
        count={goals.length}
        min={MIN}
        max={MAX}
        noun="goals"
        onAdd={add}
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
