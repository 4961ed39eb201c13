import { audienceCodes, sessionModes, topicCodes } from '@knotenpunkt/shared/contracts';

import { AUDIENCE_KEYS, SESSION_MODE_KEYS, TOPIC_KEYS, publicCatalogueDynamicI18nKeys } from './i18n-keys';
import { publicCatalogueRoutes } from './public-catalogue.routes';

describe('public catalogue keys and routes', () => {
  it('mirror the vocabularies of the contracts', () => {
    expect(TOPIC_KEYS).toEqual(topicCodes);
    expect(AUDIENCE_KEYS).toEqual(audienceCodes);
    expect(SESSION_MODE_KEYS).toEqual(sessionModes);
    expect(publicCatalogueDynamicI18nKeys()).toContain('offerAudiences.migrant-organisations');
  });

  it('put the offer page beside /angebote, never on it', () => {
    expect(publicCatalogueRoutes.map((route) => route.path)).toEqual(['angebote/:slug']);
  });
});
