// Converts between the API's profile (nulls) and the form's values (strings), and builds the
// PATCH body from only the fields the user actually changed. The photo is uploaded on its own
// (AvatarUpload), not through this form.
import type { ExperienceLevel, Profile, UpdateProfileInput } from '@brandwright/contracts';

export interface ProfileValues {
  fullName: string;
  headline: string;
  bio: string;
  industry: string;
  experienceLevel: ExperienceLevel | '';
  timezone: string;
  /** Member of the anonymous industry cohort (peer benchmark; aggregates only). */
  benchmarkOptIn: boolean;
}

export const PROFILE_FIELDS = [
  'fullName',
  'headline',
  'bio',
  'industry',
  'experienceLevel',
  'timezone',
  'benchmarkOptIn',
] as const satisfies readonly (keyof ProfileValues)[];

export const EXPERIENCE_LEVELS: { value: ExperienceLevel | ''; label: string }[] = [
  // The questionnaire's words, so settings and onboarding say the same thing.
  { value: '', label: 'Not set' },
  { value: 'entry', label: 'Early career' },
  { value: 'mid', label: 'Mid-level' },
  { value: 'senior', label: 'Senior' },
  { value: 'executive', label: 'Executive' },
];

export function toValues(profile: Profile): ProfileValues {
  return {
    fullName: profile.fullName,
    headline: profile.headline ?? '',
    bio: profile.bio ?? '',
    industry: profile.industry ?? '',
    experienceLevel: profile.experienceLevel ?? '',
    timezone: profile.timezone,
    benchmarkOptIn: profile.benchmarkOptIn,
  };
}

/** Empty optional fields mean "clear it", which the API expresses as null. */
function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Only changed fields go to the server, so saving never overwrites a value the user left alone. */
export function toPatch(values: ProfileValues, saved: Profile): UpdateProfileInput {
  const next: UpdateProfileInput = {
    fullName: values.fullName.trim(),
    headline: orNull(values.headline),
    bio: orNull(values.bio),
    industry: orNull(values.industry),
    experienceLevel: values.experienceLevel === '' ? null : values.experienceLevel,
    timezone: values.timezone,
    benchmarkOptIn: values.benchmarkOptIn,
  };
  const patch: UpdateProfileInput = {};
  for (const key of PROFILE_FIELDS) {
    if (next[key] !== saved[key]) Object.assign(patch, { [key]: next[key] });
  }
  return patch;
}
