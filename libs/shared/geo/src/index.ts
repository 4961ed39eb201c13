export { EARTH_RADIUS_KM, boundingBox, distanceKm, type LatLon } from './distance';
export { REGION_KEY_LENGTHS, agsOfGemeindeKey, ancestorKeys, isRegionKey, isWithin, levelOfKey, type RegionKeyLevel } from './region-key';
export { foldForSearch } from './normalize';
