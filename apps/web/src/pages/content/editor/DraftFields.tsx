// The fields around the text: type (only while the piece is new), target platforms, pillar, and
// the title (articles; Medium requires one).
import type { ContentType, Platform } from '@brandwright/contracts';
import type { FieldErrors } from '../../../api/errors';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { SelectField, TextField } from '../../../components/Field';
import { CONTENT_TYPES, PLATFORM_LABELS, PLATFORMS, TYPE_LABELS } from '../labels';
import type { Draft } from './draft';

interface DraftFieldsProps {
  draft: Draft;
  isNew: boolean;
  pillars: readonly string[];
  errors: FieldErrors;
  onChange: (patch: Partial<Draft>) => void;
}

const PLATFORM_OPTIONS = PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }));

export function DraftFields({ draft, isNew, pillars, errors, onChange }: DraftFieldsProps) {
  // A pillar the strategy no longer has stays selectable so it is not silently dropped.
  const pillarOptions =
    draft.pillar && !pillars.includes(draft.pillar) ? [...pillars, draft.pillar] : pillars;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {isNew && (
        <SelectField
          label="Type"
          value={draft.type}
          error={errors.type}
          onChange={(e) => onChange({ type: e.target.value as ContentType, body: '' })}
        >
          {CONTENT_TYPES.filter((t) => t !== 'video_script').map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        label="Pillar"
        optional
        value={draft.pillar}
        error={errors.pillar}
        onChange={(e) => onChange({ pillar: e.target.value })}
      >
        <option value="">No pillar</option>
        {pillarOptions.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </SelectField>
      <div className="sm:col-span-2">
        <ChoiceGroup
          legend="Platforms"
          multiple
          columns={3}
          options={PLATFORM_OPTIONS}
          value={draft.platforms}
          error={errors.platforms}
          onChange={(value) => onChange({ platforms: value as Platform[] })}
        />
      </div>
      {(draft.type === 'article' || draft.platforms.includes('medium') || draft.title) && (
        <div className="sm:col-span-2">
          <TextField
            label="Title"
            optional={!draft.platforms.includes('medium')}
            required={draft.platforms.includes('medium')}
            value={draft.title}
            error={errors.title}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        </div>
      )}
    </div>
  );
}
