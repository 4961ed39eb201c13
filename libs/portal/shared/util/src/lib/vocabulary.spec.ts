import { audienceCodes, offerKinds, sessionModes, topicCodes } from '@knotenpunkt/shared/contracts';
import { AUDIENCE_CODES, OFFER_KIND_CODES, SESSION_MODE_CODES, TOPIC_CODES } from './vocabulary';

describe('portal vocabulary', () => {
  it('is the contracts’ code lists, in their order', () => {
    expect(TOPIC_CODES).toEqual(topicCodes);
    expect(AUDIENCE_CODES).toEqual(audienceCodes);
    expect(SESSION_MODE_CODES).toEqual(sessionModes);
    expect(OFFER_KIND_CODES).toEqual(offerKinds);
  });
});
