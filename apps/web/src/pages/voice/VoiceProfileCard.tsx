// "Your voice": the learned profile in plain words — the description first, then what was measured,
// grouped — or, before any sample, what to do to get one.
import type { VoiceProfile } from '@brandwright/contracts';
import { formatDateTime } from '../../lib/dates';
import { characteristicGroups, descriptionSentence } from './characteristicGroups';

function EmptyProfile() {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-5">
      <p className="font-medium text-slate-900">No voice profile yet</p>
      <p className="mt-1 text-sm text-slate-600">
        Brandwright learns your voice from things you have written: how long your sentences are, the words you
        reach for, whether you ask questions or use emoji. Add three or more posts or paragraphs above (100
        words or more each works best) and your profile appears here.
      </p>
      <a href="#teach-heading" className="mt-3 inline-block text-sm font-semibold text-indigo-700 underline">
        Add your first sample
      </a>
    </div>
  );
}

function TrainedProfile({ profile }: { profile: VoiceProfile }) {
  const groups = profile.voiceCharacteristics ? characteristicGroups(profile.voiceCharacteristics) : [];
  const samples = `${profile.sampleCount.toLocaleString('en')} ${profile.sampleCount === 1 ? 'sample' : 'samples'}`;
  return (
    <div className="space-y-6">
      <div>
        <h3 className="text-xs font-semibold tracking-wide text-indigo-700 uppercase">In a nutshell</h3>
        <p className="mt-1 text-xl font-medium text-slate-900">{descriptionSentence(profile.description)}</p>
        <p className="mt-2 text-sm text-slate-600">
          Learned from {samples} ({profile.wordCount.toLocaleString('en')} words)
          {profile.lastTrainedAt && <> · last updated {formatDateTime(profile.lastTrainedAt)}</>}
        </p>
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        {groups.map((group) => (
          <div key={group.title}>
            <h3 className="text-sm font-semibold text-slate-900">{group.title}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {group.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}

export function VoiceProfileCard({ profile }: { profile: VoiceProfile }) {
  return profile.trained ? <TrainedProfile profile={profile} /> : <EmptyProfile />;
}
