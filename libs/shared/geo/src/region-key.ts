/**
 * The Amtlicher Regionalschlüssel (ARS) is hierarchical: Land (2 digits) · Regierungsbezirk (1) ·
 * Kreis (2) · Gemeindeverband (4) · Gemeinde (3). A region's key at its own level is the prefix
 * of that length, so hierarchy questions need no database.
 */
export const REGION_KEY_LENGTHS = { land: 2, regierungsbezirk: 3, kreis: 5, gemeindeverband: 9, gemeinde: 12 } as const;
export type RegionKeyLevel = keyof typeof REGION_KEY_LENGTHS;

const levelByLength = new Map<number, RegionKeyLevel>(
  Object.entries(REGION_KEY_LENGTHS).map(([level, length]) => [length, level as RegionKeyLevel]),
);

export function isRegionKey(key: string): boolean {
  return /^\d+$/.test(key) && levelByLength.has(key.length);
}

export function levelOfKey(key: string): RegionKeyLevel {
  const level = levelByLength.get(key.length);
  if (!level || !/^\d+$/.test(key)) throw new Error(`Not a region key: "${key}"`);
  return level;
}

/**
 * Keys of every level above `key`, from the Land down. Levels that do not exist for a region
 * (no Regierungsbezirk: digit 3 is 0; verbandsfrei) still appear as prefixes; callers that need
 * only existing regions filter against their data.
 */
export function ancestorKeys(key: string): string[] {
  const own = REGION_KEY_LENGTHS[levelOfKey(key)];
  return Object.values(REGION_KEY_LENGTHS)
    .filter((length) => length < own)
    .map((length) => key.slice(0, length));
}

/** True when `key` lies in (or is) the region `ancestorKey`. */
export function isWithin(key: string, ancestorKey: string): boolean {
  levelOfKey(key);
  levelOfKey(ancestorKey);
  return ancestorKey.length <= key.length && key.startsWith(ancestorKey);
}

/** AGS (8-digit Gemeinde key) part of a 12-digit ARS: Land+RB+Kreis and the Gemeinde number. */
export function agsOfGemeindeKey(ars: string): string {
  if (ars.length !== 12 || !/^\d{12}$/.test(ars)) throw new Error(`Not a Gemeinde ARS: "${ars}"`);
  return ars.slice(0, 5) + ars.slice(9);
}
