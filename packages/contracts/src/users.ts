// The user as the API presents it, and the profile fields a user may change.
import { z } from 'zod';

export const roleSchema = z.enum(['user', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const subscriptionTierSchema = z.enum(['free', 'pro', 'team']);
export type SubscriptionTier = z.infer<typeof subscriptionTierSchema>;

export const experienceLevelSchema = z.enum(['entry', 'mid', 'senior', 'executive']);
export type ExperienceLevel = z.infer<typeof experienceLevelSchema>;

export const profileSchema = z.object({
  fullName: z.string(),
  headline: z.string().nullable(),
  bio: z.string().nullable(),
  industry: z.string().nullable(),
  experienceLevel: experienceLevelSchema.nullable(),
  profileImageUrl: z.string().nullable(),
  timezone: z.string(),
  /** Opted in to the anonymous industry cohort (benchmarks, trending topics; aggregates only). */
  benchmarkOptIn: z.boolean(),
});
export type Profile = z.infer<typeof profileSchema>;

export const userSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  role: roleSchema,
  subscriptionTier: subscriptionTierSchema,
  profile: profileSchema,
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

/** True when the runtime's time-zone database knows `zone` as an IANA name (not an offset). */
export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const updateProfileSchema = z
  .object({
    fullName: z.string().trim().min(1, 'Full name is required').max(120).optional(),
    headline: optionalText(220),
    bio: optionalText(2600),
    industry: optionalText(120),
    experienceLevel: experienceLevelSchema.nullable().optional(),
    profileImageUrl: z
      .string()
      .trim()
      .max(2048)
      .url('Must be an http(s) URL')
      .refine((u) => /^https?:\/\//i.test(u), 'Must be an http(s) URL')
      .nullable()
      .optional(),
    timezone: z
      .string()
      .max(64)
      .refine(isIanaTimeZone, 'Must be an IANA time zone such as Europe/Berlin')
      .optional(),
    benchmarkOptIn: z.boolean().optional(),
  })
  .strict();
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;
