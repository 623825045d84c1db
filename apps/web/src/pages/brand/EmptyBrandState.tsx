// Shown on brand pages before there is anything to show: explains why and leads to onboarding.
import { ButtonLink } from '../../components/Button';

export function EmptyBrandState({ title, text }: { title: string; text: string }) {
  return (
    <section
      aria-labelledby="empty-brand-heading"
      className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center"
    >
      <h2 id="empty-brand-heading" className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{text}</p>
      <ButtonLink to="/onboarding" className="mt-6">
        Start the questionnaire
      </ButtonLink>
    </section>
  );
}
