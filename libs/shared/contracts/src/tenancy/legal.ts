import { z } from 'zod';
import type { ValidationMessageKey } from '../validation-messages';

export const legalPageIds = ['imprint', 'privacy', 'accessibility'] as const;
export const legalPageIdSchema = z.enum(legalPageIds);
export type LegalPageId = z.infer<typeof legalPageIdSchema>;

const line = (max = 200) => z.string().trim().min(1).max(max);
const optionalLine = (max = 200) => z.string().trim().max(max).optional().transform((v) => (v ? v : undefined));
const text = (max = 20_000) => z.string().trim().min(1).max(max);
const email = z.string().trim().pipe(z.email({ message: 'email.format' satisfies ValidationMessageKey }));

const postalAddressSchema = z.object({
  street: line(),
  postalCode: z.string().trim().regex(/^\d{5}$/, { message: 'postalCode.format' satisfies ValidationMessageKey }),
  city: line(),
  country: line(100).default('Deutschland'),
});

/** Impressum: the § 5 DDG fields and the person responsible under § 18 Abs. 2 MStV. */
export const imprintContentSchema = z.object({
  organisationName: line(),
  legalForm: optionalLine(),
  address: postalAddressSchema,
  /** Vertretungsberechtigte Person(en), e.g. "Vorstand: A. B., C. D." */
  representatives: line(500),
  email,
  phone: optionalLine(50),
  register: z.object({ court: line(), number: line(50) }).optional(),
  vatId: z
    .string()
    .trim()
    .regex(/^DE\d{9}$/, { message: 'vatId.format' satisfies ValidationMessageKey })
    .optional(),
  supervisoryAuthority: optionalLine(500),
  responsibleForContent: z.object({ name: line(), address: line(500) }),
  additionalText: optionalLine(5_000),
});
export type ImprintContent = z.infer<typeof imprintContentSchema>;

/** Datenschutzerklärung: controller and contact are structured, the rest is the organisation's text. */
export const privacyContentSchema = z.object({
  controller: line(1_000),
  contactEmail: email,
  dataProtectionOfficer: optionalLine(1_000),
  body: text(50_000),
});
export type PrivacyContent = z.infer<typeof privacyContentSchema>;

/** Erklärung zur Barrierefreiheit (BITV 2.0 / BFSG pattern) with its feedback contact. */
export const accessibilityContentSchema = z.object({
  conformance: z.enum(['full', 'partial', 'none']),
  nonAccessibleContent: optionalLine(10_000),
  preparedOn: z.iso.date(),
  feedbackContact: z.object({ email, phone: optionalLine(50) }),
  enforcementBody: line(1_000),
  body: optionalLine(20_000),
});
export type AccessibilityContent = z.infer<typeof accessibilityContentSchema>;

export const legalContentSchemas = {
  imprint: imprintContentSchema,
  privacy: privacyContentSchema,
  accessibility: accessibilityContentSchema,
} as const;

export const legalPageSchema = z.discriminatedUnion('page', [
  z.object({ page: z.literal('imprint'), content: imprintContentSchema, updatedAt: z.iso.datetime() }),
  z.object({ page: z.literal('privacy'), content: privacyContentSchema, updatedAt: z.iso.datetime() }),
  z.object({ page: z.literal('accessibility'), content: accessibilityContentSchema, updatedAt: z.iso.datetime() }),
]);
export type LegalPage = z.infer<typeof legalPageSchema>;
