// Request and response bodies of /api/v1/auth. Clients and tests rely on these exact shapes.
import { z } from 'zod';
import { userSchema } from './users.js';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .email('Must be a valid email address')
  .transform((e) => e.toLowerCase());

export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256, 'Must be at most 256 characters');

export const registerSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  fullName: z.string().trim().min(1, 'Full name is required').max(120),
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Password is required').max(256),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** POST /auth/password: the current password proves it is the owner; every other session ends. */
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(256),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** The web app sends this header to keep the refresh token in an httpOnly cookie instead of the body. */
export const AUTH_TRANSPORT_HEADER = 'x-auth-transport';
export const REFRESH_COOKIE = 'bw_refresh';

export const refreshSchema = z.object({ refreshToken: z.string().min(1).max(512).optional() });
export type RefreshInput = z.infer<typeof refreshSchema>;

export const tokensSchema = z.object({
  accessToken: z.string(),
  /** Absent when the refresh token was set as a cookie (web app). */
  refreshToken: z.string().optional(),
  /** Access-token lifetime in seconds. */
  expiresIn: z.number().int(),
});
export type Tokens = z.infer<typeof tokensSchema>;

export const sessionSchema = tokensSchema.extend({ user: userSchema });
export type Session = z.infer<typeof sessionSchema>;
