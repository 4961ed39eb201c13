import type { RegionLevel } from '@knotenpunkt/shared/contracts';

export interface LabelInput {
  level: RegionLevel;
  type: string;
  name: string;
  nameShort: string;
}

/** The first `parts` comma-separated parts: "Görlitz, Stadt, Hochschulstadt" → "Görlitz, Stadt". */
function leadingParts(name: string, parts: number): string {
  return name
    .split(',')
    .slice(0, parts)
    .map((p) => p.trim())
    .join(', ');
}

/**
 * How people name a region, so that the town and the district of the same name stay apart:
 * "Görlitz, Stadt" (Gemeinde) vs "Landkreis Görlitz" (Kreis).
 */
export function regionLabel(region: LabelInput): string {
  switch (region.level) {
    case 'land':
      return region.name;
    case 'regierungsbezirk':
      return region.name.toLowerCase().includes(region.type.toLowerCase()) ? region.name : `${region.type} ${region.name}`;
    case 'kreis':
      if (region.type === 'Landkreis' || region.type === 'Kreis') return `${region.type} ${region.nameShort}`;
      return leadingParts(region.name, 2);
    case 'gemeindeverband':
      return region.name.toLowerCase().includes(region.type.toLowerCase()) ? region.name : `${region.name} (${region.type})`;
    case 'gemeinde':
      return leadingParts(region.name, 2);
  }
}
