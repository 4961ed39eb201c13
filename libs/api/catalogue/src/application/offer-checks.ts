import type { TenantTx } from '@knotenpunkt/api/core/database';
import type { OfferInput, ValidationMessageKey } from '@knotenpunkt/shared/contracts';
import type { PartnersRepository } from '../infra/partners.repository';
import type { ProfilesRepository } from '../infra/profiles.repository';

export interface FieldProblem {
  /** Path inside the offer input, e.g. ['sessions', 2, 'venue', 'postalCode']. */
  path: (string | number)[];
  message: ValidationMessageKey;
}

/**
 * What the schema cannot know: partners must belong to the tenant, postal codes must exist.
 * Runs for many offers at once (imports) with two queries.
 */
export async function referenceProblems(
  tx: TenantTx,
  offers: readonly OfferInput[],
  repos: { partners: PartnersRepository; profiles: ProfilesRepository },
): Promise<FieldProblem[][]> {
  const partnerIds = offers.flatMap((o) => [...o.partners.map((p) => p.partnerId), ...o.modules.flatMap((m) => (m.partnerId ? [m.partnerId] : []))]);
  const known = await repos.partners.existing(tx, [...new Set(partnerIds)]);
  const unknownPlz = await repos.profiles.unknownPostalCodes(tx.manager, offers.flatMap((o) => o.sessions.flatMap((s) => (s.venue?.postalCode ? [s.venue.postalCode] : []))));
  return offers.map((o) => {
    const problems: FieldProblem[] = [];
    o.partners.forEach((p, i) => {
      if (!known.has(p.partnerId)) problems.push({ path: ['partners', i, 'partnerId'], message: 'catalogue.partner.unknown' });
    });
    o.modules.forEach((m, i) => {
      if (m.partnerId && !known.has(m.partnerId)) problems.push({ path: ['modules', i, 'partnerId'], message: 'catalogue.partner.unknown' });
    });
    o.sessions.forEach((s, i) => {
      if (s.venue?.postalCode && unknownPlz.has(s.venue.postalCode)) problems.push({ path: ['sessions', i, 'venue', 'postalCode'], message: 'catalogue.postalCode.unknown' });
    });
    return problems;
  });
}
