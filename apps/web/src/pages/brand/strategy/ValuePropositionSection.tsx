// The value proposition: one paragraph on whom you help, with what, and why you.
import type { StoredStrategy } from '@brandwright/contracts';
import { TextAreaField } from '../../../components/Field';
import { SectionCard } from './SectionCard';
import { errorAt, useSectionForm } from './useSectionForm';

const MAX = 600;

export function ValuePropositionSection({ strategy }: { strategy: StoredStrategy }) {
  const form = useSectionForm({
    strategy,
    select: (s) => s.valueProposition,
    toDraft: (value: string) => value,
    toPatch: (draft) => ({ valueProposition: draft.trim() }),
  });
  return (
    <SectionCard
      id="value-proposition"
      title="Value proposition"
      description="Whom you help, with what, and why you. Everything you publish should support it."
      form={form}
      saveLabel="Save value proposition"
    >
      <TextAreaField
        label="Value proposition"
        required
        rows={4}
        maxLength={MAX}
        hint={`${form.draft.length.toLocaleString('en')} of ${MAX} characters (at least 20).`}
        value={form.draft}
        onChange={(e) => {
          const { value } = e.target;
          form.update(() => value);
        }}
        error={errorAt(form.errors, 'valueProposition')}
      />
    </SectionCard>
  );
}
