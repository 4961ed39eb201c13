import { z } from 'zod';
import { languageSchema } from '../language';
import type { ValidationMessageKey } from '../validation-messages';
import { platformRoleSchema, tenantRoleSchema, tenantTypeSchema } from './roles';

export const emailSchema = z
  .string()
  .trim()
  .max(254, { message: 'email.format' satisfies ValidationMessageKey })
  .pipe(z.email({ message: 'email.format' satisfies ValidationMessageKey }))
  .transform((v) => v.toLowerCase());

/** Length over composition rules (NIST SP 800-63B); the api also refuses very common passwords. */
export const passwordSchema = z
  .string()
  .min(10, { message: 'password.minLength' satisfies ValidationMessageKey })
  .max(256, { message: 'password.maxLength' satisfies ValidationMessageKey });

/** One-time tokens from mails: 43 characters of base64url (32 random bytes). */
export const oneTimeTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'token.format' satisfies ValidationMessageKey });

export const displayNameSchema = z.string().trim().min(1).max(120);

export const signUpRequestSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  language: languageSchema.default('de'),
});
export type SignUpRequest = z.input<typeof signUpRequestSchema>;

export const loginRequestSchema = z.object({
  email: emailSchema,
  // No length rules here: an old password must still be typed in, and errors must not tell more.
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const emailOnlyRequestSchema = z.object({ email: emailSchema, language: languageSchema.optional() });
export const tokenRequestSchema = z.object({ token: oneTimeTokenSchema });
export const passwordResetConfirmSchema = z.object({ token: oneTimeTokenSchema, password: passwordSchema });
export const changePasswordRequestSchema = z.object({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema });
export const updateProfileRequestSchema = z.object({ displayName: displayNameSchema.optional(), language: languageSchema.optional() });
export const activeTenantRequestSchema = z.object({ tenantId: z.uuid().nullable() });

export const membershipSummarySchema = z.object({
  tenantId: z.uuid(),
  slug: z.string(),
  name: z.string(),
  type: tenantTypeSchema,
  role: tenantRoleSchema,
});
export type MembershipSummary = z.infer<typeof membershipSummarySchema>;

export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  language: languageSchema,
  platformRole: platformRoleSchema.nullable(),
});

/** What GET /auth/session and POST /auth/login answer. */
export const sessionInfoSchema = z.object({
  user: sessionUserSchema,
  memberships: z.array(membershipSummarySchema),
  activeTenantId: z.uuid().nullable(),
  expiresAt: z.iso.datetime(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** 202 answers of sign-up, resend and reset: the same text whether or not the address is known. */
export const acceptedResponseSchema = z.object({ message: z.string() });
