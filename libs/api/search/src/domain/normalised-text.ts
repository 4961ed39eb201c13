import { tokens } from '@knotenpunkt/shared/search-text';

/** Text as both engines index it: gender forms, folding and stop words done by tokens(). */
export const normalisedText = (text: string) => tokens(text).join(' ');
