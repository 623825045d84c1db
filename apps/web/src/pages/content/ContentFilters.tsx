// The list's filters (status, platform, pillar, type). They live in the URL's query string so a
// filtered list can be bookmarked, shared and restored with Back.
import type { ContentFilters as Filters } from '../../api/content';
import { FilterSelect, SelectField } from '../../components/Field';
import { CONTENT_TYPES, PLATFORM_LABELS, PLATFORMS, STATUS_LABELS, STATUSES, TYPE_LABELS } from './labels';

interface ContentFiltersProps {
  filters: Filters;
  pillars: readonly string[];
  onChange: (key: keyof Filters, value: string) => void;
}

export function ContentFilters({ filters, pillars, onChange }: ContentFiltersProps) {
  return (
    <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4">
      <legend className="sr-only">Filter content</legend>
      <FilterSelect
        label="Status"
        value={filters.status ?? ''}
        anyLabel="All statuses"
        choices={STATUSES}
        labels={STATUS_LABELS}
        onChange={(value) => onChange('status', value)}
      />
      <FilterSelect
        label="Platform"
        value={filters.platform ?? ''}
        anyLabel="All platforms"
        choices={PLATFORMS}
        labels={PLATFORM_LABELS}
        onChange={(value) => onChange('platform', value)}
      />
      <SelectField
        label="Pillar"
        value={filters.pillar ?? ''}
        onChange={(e) => onChange('pillar', e.target.value)}
      >
        <option value="">All pillars</option>
        {pillars.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </SelectField>
      <SelectField label="Type" value={filters.type ?? ''} onChange={(e) => onChange('type', e.target.value)}>
        <option value="">All types</option>
        {CONTENT_TYPES.map((t) => (
          <option key={t} value={t}>
            {TYPE_LABELS[t]}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
