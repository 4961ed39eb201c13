import { DOCUMENT } from '@angular/common';
import { InjectionToken, inject } from '@angular/core';

/** Background tiles of the result map; `null`: no tiles (the default) – the map shows the points only. */
export interface MapTileConfig {
  /** Leaflet tile URL template, e.g. `https://tiles.example/{z}/{x}/{y}.png`. */
  readonly url: string;
  /** Attribution text the tile provider asks for (shown as text in the map corner). */
  readonly attribution: string;
}

/**
 * Runtime setting, not a build option: the page's `<meta name="kp-map-tiles" content="…">` (and
 * `<meta name="kp-map-attribution" content="…">`), which the server that delivers index.html can
 * write per deployment. Absent or empty: no tiles, no request to any tile server.
 */
export const MAP_TILE_CONFIG = new InjectionToken<MapTileConfig | null>('MAP_TILE_CONFIG', {
  factory: () => {
    const document = inject(DOCUMENT);
    const url = document.querySelector?.('meta[name="kp-map-tiles"]')?.getAttribute('content')?.trim() ?? '';
    if (!/^https:\/\/[^\s]+\{z\}[^\s]*$/.test(url)) return null;
    const attribution = document.querySelector?.('meta[name="kp-map-attribution"]')?.getAttribute('content')?.trim() ?? '';
    return { url, attribution };
  },
});
