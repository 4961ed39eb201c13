import { offerKinds, tenantTypes } from '@knotenpunkt/shared/contracts';

import { searchDynamicI18nKeys } from './i18n-keys';
import { searchRoutes } from './search.routes';

describe('search keys and routes', () => {
  it('mirror the vocabularies of the contracts', () => {
    const keys = searchDynamicI18nKeys();
    for (const type of tenantTypes) expect(keys).toContain(`tenantTypes.${type}`);
    for (const kind of offerKinds) expect(keys).toContain(`offerKinds.${kind}`);
    expect(keys).toContain('search.badge.deadline.soon');
  });

  it('match /angebote and /partner exactly, so /angebote/:slug stays the offer page', () => {
    expect(searchRoutes.map((route) => [route.path, route.pathMatch])).toEqual([
      ['angebote', 'full'],
      ['partner', 'full'],
    ]);
  });
});
