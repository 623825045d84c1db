// Target audience: one to four personas, each with a role, a description, pain points, goals and
// the platforms where they read.
import { PLATFORM_NAMES, type Platform, platformSchema, type StoredStrategy } from '@brandwright/contracts';
import type { FieldErrors } from '../../../api/errors';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { TextAreaField, TextField } from '../../../components/Field';
import { EditableList } from './EditableList';
import { SectionCard } from './SectionCard';
import {
  emptyPersona,
  fromPersonaDrafts,
  type PersonaDraft,
  patchItem,
  toPersonaDrafts,
} from './strategyDrafts';
import { errorAt, useSectionForm } from './useSectionForm';

const MIN = 1;
const MAX = 4;
const ROOT = 'targetAudience.personas';

const PLATFORM_OPTIONS = platformSchema.options.map((value) => ({ value, label: PLATFORM_NAMES[value] }));

export function PersonasSection({ strategy }: { strategy: StoredStrategy }) {
  const form = useSectionForm({
    strategy,
    select: (s) => s.targetAudience,
    toDraft: toPersonaDrafts,
    toPatch: (drafts) => ({ targetAudience: fromPersonaDrafts(drafts) }),
  });

  return (
    <SectionCard
      id="personas"
      title="Target audience"
      description="The people you write for. Concrete personas make every post easier to aim."
      form={form}
      saveLabel="Save personas"
    >
      <EditableList
        items={form.draft}
        noun="Persona"
        min={MIN}
        max={MAX}
        nameOf={(persona) => persona.name}
        onAdd={() => {
          const persona = emptyPersona();
          form.update((prev) => [...prev, persona]);
          return persona.key;
        }}
        onRemove={(key) => form.update((prev) => prev.filter((p) => p.key !== key))}
        error={form.errors[ROOT]}
        renderFields={(persona, index) => (
          <PersonaFields
            persona={persona}
            path={`${ROOT}.${index}`}
            errors={form.errors}
            onChange={(patch) => form.update((prev) => patchItem(prev, persona.key, patch))}
          />
        )}
      />
    </SectionCard>
  );
}

interface PersonaFieldsProps {
  persona: PersonaDraft;
  path: string;
  errors: FieldErrors;
  onChange: (patch: Partial<PersonaDraft>) => void;
}

function PersonaFields(props: PersonaFieldsProps) {
  return (
    <>
      <PersonaProfile {...props} />
      <PersonaNeeds {...props} />
    </>
  );
}

function PersonaProfile({ persona, path, errors, onChange }: PersonaFieldsProps) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Name"
          required
          maxLength={80}
          hint="A memorable label, e.g. “Scaling CFO”."
          value={persona.name}
          onChange={(e) => onChange({ name: e.target.value })}
          error={errorAt(errors, `${path}.name`)}
        />
        <TextField
          label="Role"
          required
          maxLength={120}
          value={persona.role}
          onChange={(e) => onChange({ role: e.target.value })}
          error={errorAt(errors, `${path}.role`)}
        />
      </div>
      <TextAreaField
        label="Description"
        required
        rows={3}
        maxLength={600}
        value={persona.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={errorAt(errors, `${path}.description`)}
      />
    </>
  );
}

function PersonaNeeds({ persona, path, errors, onChange }: PersonaFieldsProps) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextAreaField
          label="Pain points"
          required
          rows={4}
          hint="One per line, up to 6."
          value={persona.painPoints}
          onChange={(e) => onChange({ painPoints: e.target.value })}
          error={errorAt(errors, `${path}.painPoints`)}
        />
        <TextAreaField
          label="Goals"
          required
          rows={4}
          hint="One per line, up to 6."
          value={persona.goals}
          onChange={(e) => onChange({ goals: e.target.value })}
          error={errorAt(errors, `${path}.goals`)}
        />
      </div>
      <ChoiceGroup
        legend="Platforms"
        multiple
        columns={3}
        options={PLATFORM_OPTIONS}
        value={persona.platforms}
        onChange={(platforms) => onChange({ platforms: platforms as Platform[] })}
        error={errorAt(errors, `${path}.platforms`)}
      />
    </>
  );
}
