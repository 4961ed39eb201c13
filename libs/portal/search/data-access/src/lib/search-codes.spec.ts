import { audienceCodes, offerFacetNames, offerKinds, organisationFacetNames, sessionModes, tenantTypes, topicCodes } from '@knotenpunkt/shared/contracts';

import { OFFER_FACETS, ORGANISATION_FACETS, SEARCH_AUDIENCES, SEARCH_KINDS, SEARCH_MODES, SEARCH_TENANT_TYPES, SEARCH_TOPICS } from './search-codes';

describe('search code lists', () => {
  it('mirror the vocabularies of the contracts', () => {
    expect(SEARCH_TOPICS).toEqual(topicCodes);
    expect(SEARCH_AUDIENCES).toEqual(audienceCodes);
    expect([...SEARCH_MODES].sort()).toEqual([...sessionModes].sort());
    expect(SEARCH_KINDS).toEqual(offerKinds);
    expect(SEARCH_TENANT_TYPES).toEqual(tenantTypes);
    expect(OFFER_FACETS).toEqual(offerFacetNames);
    expect(ORGANISATION_FACETS).toEqual(organisationFacetNames);
  });
});
