import { boundingBox, distanceKm } from './distance';
import { foldForSearch } from './normalize';
import { agsOfGemeindeKey, ancestorKeys, isWithin, levelOfKey } from './region-key';

const erfurt = { lat: 50.9778, lon: 11.0285 }; // PLZ 99084 centroid
const weimar = { lat: 50.9795, lon: 11.3235 };
const jena = { lat: 50.9271, lon: 11.5892 };

describe('distanceKm', () => {
  it('measures known distances', () => {
    expect(distanceKm(erfurt, weimar)).toBeCloseTo(20.6, 0);
    expect(distanceKm(erfurt, jena)).toBeGreaterThan(39);
    expect(distanceKm(erfurt, jena)).toBeLessThan(41);
    expect(distanceKm(erfurt, erfurt)).toBe(0);
  });

  it('is symmetric', () => {
    expect(distanceKm(weimar, jena)).toBeCloseTo(distanceKm(jena, weimar), 10);
  });

  it('has a bounding box containing every point of the circle', () => {
    const box = boundingBox(erfurt, 30);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const rad = (bearing * Math.PI) / 180;
      const point = { lat: erfurt.lat + (29.9 / 111.2) * Math.cos(rad), lon: erfurt.lon + (29.9 / (111.2 * Math.cos((erfurt.lat * Math.PI) / 180))) * Math.sin(rad) };
      expect(distanceKm(erfurt, point)).toBeLessThan(30.2);
      expect(point.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(point.lat).toBeLessThanOrEqual(box.maxLat);
      expect(point.lon).toBeGreaterThanOrEqual(box.minLon);
      expect(point.lon).toBeLessThanOrEqual(box.maxLon);
    }
  });
});

describe('region keys', () => {
  it('knows the level from the length', () => {
    expect(levelOfKey('16')).toBe('land');
    expect(levelOfKey('146')).toBe('regierungsbezirk');
    expect(levelOfKey('14626')).toBe('kreis');
    expect(levelOfKey('146265208')).toBe('gemeindeverband');
    expect(levelOfKey('160510000000')).toBe('gemeinde');
    expect(() => levelOfKey('1605100')).toThrow('Not a region key');
    expect(() => levelOfKey('16a')).toThrow('Not a region key');
  });

  it('lists ancestors from the Land down', () => {
    expect(ancestorKeys('160510000000')).toEqual(['16', '160', '16051', '160510000']);
    expect(ancestorKeys('14626')).toEqual(['14', '146']);
    expect(ancestorKeys('16')).toEqual([]);
  });

  it('answers isWithin by key', () => {
    expect(isWithin('160510000000', '16')).toBe(true);
    expect(isWithin('160510000000', '16051')).toBe(true);
    expect(isWithin('160510000000', '160510000000')).toBe(true);
    expect(isWithin('160510000000', '14')).toBe(false);
    expect(isWithin('16', '160510000000')).toBe(false);
  });

  it('derives the AGS of a Gemeinde', () => {
    expect(agsOfGemeindeKey('146260020020')).toBe('14626020');
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Görlitz, Stadt', 'gorlitz stadt'],
    ['Straßberg', 'strassberg'],
    ['  Bautzen / Budyšin ', 'bautzen budysin'],
    ['Frankfurt (Oder)', 'frankfurt oder'],
  ])('%p → %p', (input, expected) => expect(foldForSearch(input)).toBe(expected));
});
