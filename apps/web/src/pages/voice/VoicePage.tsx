// `/voice`: teach Brandwright how the user writes (paste or upload), read the voice profile it
// learned, manage the samples, and check how close a draft is to that voice.
import type { ReactNode } from 'react';
import { ErrorState } from '../../components/ErrorState';
import { PageLoader } from '../../components/Spinner';
import { useVoiceProfile } from '../../queries/voice';
import { PasteSampleForm } from './PasteSampleForm';
import { SampleList } from './SampleList';
import { UploadSampleForm } from './UploadSampleForm';
import { VoiceProfileCard } from './VoiceProfileCard';
import { VoiceScoreBox } from './VoiceScoreBox';

interface SectionProps {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** A titled card; its heading takes focus when in-page links or actions send the user there. */
function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="border-b border-slate-200 px-6 py-4">
        <h2 id={id} tabIndex={-1} className="text-base font-semibold text-slate-900 outline-offset-4">
          {title}
        </h2>
        {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
      </div>
      <div className="px-6 py-6">{children}</div>
    </section>
  );
}

export function VoicePage() {
  const profile = useVoiceProfile();
  if (profile.isPending) return <PageLoader label="Loading your voice…" />;
  if (profile.isError)
    return (
      <ErrorState
        error={profile.error}
        onRetry={() => void profile.refetch()}
        retrying={profile.isFetching}
      />
    );
  return (
    <div className="space-y-8">
      <title>Voice · Brandwright</title>
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Voice</h1>
        <p className="mt-2 max-w-2xl text-slate-600">
          Show Brandwright how you write, so every draft it suggests sounds like you.
        </p>
      </div>
      <Section
        id="teach-heading"
        title="Teach Brandwright your voice"
        intro="Paste posts or passages you wrote, or upload a file of them. The more you add, the better it knows you."
      >
        <div className="grid gap-8 lg:grid-cols-2">
          <PasteSampleForm />
          <UploadSampleForm />
        </div>
      </Section>
      <Section id="profile-heading" title="Your voice profile">
        <VoiceProfileCard profile={profile.data} />
      </Section>
      <Section id="samples-heading" title={`Your samples (${profile.data.sampleCount.toLocaleString('en')})`}>
        <SampleList headingId="samples-heading" />
      </Section>
      <Section
        id="score-heading"
        title="How close is this to my voice?"
        intro="Type or paste a draft and see how much it sounds like the samples you added."
      >
        <VoiceScoreBox profile={profile.data} />
      </Section>
    </div>
  );
}
