import { tenantSlugSchema } from '@knotenpunkt/shared/contracts';

import { suggestSlug } from './slug';

describe('suggestSlug', () => {
  it.each([
    ['Café Grenzenlos e. V.', 'cafe-grenzenlos-e-v'],
    ['Flüchtlingshilfe Görlitz', 'fluechtlingshilfe-goerlitz'],
    ['  Straße der Vielfalt  ', 'strasse-der-vielfalt'],
    ['VHS Süd-Ost (Kreis Gotha)', 'vhs-sued-ost-kreis-gotha'],
  ])('%s → %s', (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
    expect(tenantSlugSchema.safeParse(slug).success).toBe(true);
  });

  it('stays within 50 characters without a trailing hyphen', () => {
    const slug = suggestSlug(`${'a'.repeat(49)} b`);
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug.endsWith('-')).toBe(false);
  });
});
