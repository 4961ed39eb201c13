import { DOCUMENT } from '@angular/common';
import { Component, DestroyRef, ElementRef, ViewEncapsulation, afterNextRender, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { OfferHit, RegionSuggestion } from '@knotenpunkt/shared/contracts';
import type * as Leaflet from 'leaflet';

import { MAP_TILE_CONFIG } from './map-config';

type LeafletModule = typeof Leaflet;

/** One place on the map: the offers whose next matching session is at that postal code. */
export interface MapPlace {
  readonly number: number;
  readonly postalCode: string;
  readonly locality: string;
  readonly lat: number;
  readonly lon: number;
  readonly hits: readonly OfferHit[];
}

/** Germany's middle, for an empty map. */
const GERMANY: [number, number] = [51.16, 10.45];

/**
 * Places for the map: the hits grouped by their next session's postal code, at that session's
 * venue point (from the search api); hits without a point (online, unknown place) are left out.
 */
export function mapPlaces(hits: readonly OfferHit[]): MapPlace[] {
  const groups = new Map<string, { lat: number; lon: number; hits: OfferHit[] }>();
  for (const hit of hits) {
    const session = hit.nextSession;
    if (!session?.postalCode || typeof session.lat !== 'number' || typeof session.lon !== 'number') continue;
    const group = groups.get(session.postalCode) ?? { lat: session.lat, lon: session.lon, hits: [] };
    group.hits.push(hit);
    groups.set(session.postalCode, group);
  }
  return [...groups.entries()].map(([postalCode, group], index) => ({
    number: index + 1,
    postalCode,
    locality: group.hits[0]?.nextSession?.locality ?? '',
    lat: group.lat,
    lon: group.lon,
    hits: group.hits,
  }));
}

/**
 * The results on a map (Leaflet, imported only here and only in the browser, so neither the
 * initial bundle nor the list view carries it). Without a tile URL (`MAP_TILE_CONFIG`) there is no
 * background; the numbered markers still show where the offers are relative to each other and to
 * the chosen centre. Markers are keyboard-reachable buttons; the list below is the text
 * alternative, with "Auf der Karte zeigen" for each place.
 */
@Component({
  selector: 'kp-offer-map',
  imports: [TranslocoPipe, RouterLink],
  encapsulation: ViewEncapsulation.None,
  templateUrl: './offer-map.html',
  styleUrl: './offer-map.css',
})
export class OfferMap {
  readonly items = input.required<readonly OfferHit[]>();
  /** The picked region or PLZ (its centroid is marked). */
  readonly centre = input<RegionSuggestion | null>(null);

  protected readonly tiles = inject(MAP_TILE_CONFIG);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly mapElement = viewChild.required<ElementRef<HTMLElement>>('map');

  protected readonly places = computed(() => mapPlaces(this.items()));
  protected readonly withoutPlace = computed(() => {
    const placed = new Set(this.places().flatMap((place) => place.hits.map((hit) => hit.id)));
    return this.items().filter((hit) => !placed.has(hit.id));
  });
  protected readonly ready = signal(false);
  protected readonly failed = signal(false);

  private leaflet: LeafletModule | null = null;
  private map: Leaflet.Map | null = null;
  private layer: Leaflet.LayerGroup | null = null;
  private readonly markers = new Map<number, Leaflet.Marker>();

  constructor() {
    afterNextRender(() => void this.start());
    effect(() => {
      const places = this.places();
      const centre = this.centre();
      // Re-label on language change too.
      this.transloco.activeLang();
      if (this.ready()) untracked(() => this.draw(places, centre));
    });
    inject(DestroyRef).onDestroy(() => this.map?.remove());
  }

  /** Focuses a place's marker and opens its popup ("Auf der Karte zeigen"). */
  protected show(place: MapPlace): void {
    const marker = this.markers.get(place.number);
    if (!marker || !this.map) return;
    this.map.setView(marker.getLatLng(), Math.max(this.map.getZoom(), 10));
    marker.openPopup();
    (marker.getElement() as HTMLElement | undefined)?.focus();
  }

  private async start(): Promise<void> {
    try {
      const module = await import('leaflet');
      const L = ((module as unknown as { default?: LeafletModule }).default ?? module) as LeafletModule;
      this.leaflet = L;
      const element = this.mapElement().nativeElement;
      const map = L.map(element, { zoomControl: false, attributionControl: Boolean(this.tiles), keyboard: true }).setView(GERMANY, 6);
      L.control
        .zoom({ zoomInTitle: this.transloco.translate('search.map.zoomIn'), zoomOutTitle: this.transloco.translate('search.map.zoomOut') })
        .addTo(map);
      if (this.tiles) {
        map.attributionControl.setPrefix(false);
        L.tileLayer(this.tiles.url, { attribution: this.tiles.attribution, maxZoom: 18 }).addTo(map);
      }
      this.map = map;
      this.layer = L.layerGroup().addTo(map);
      this.ready.set(true);
    } catch (error) {
      console.warn('The map could not be loaded', error);
      this.failed.set(true);
    }
  }

  private draw(places: readonly MapPlace[], centre: RegionSuggestion | null): void {
    const L = this.leaflet;
    const map = this.map;
    const layer = this.layer;
    if (!L || !map || !layer) return;
    layer.clearLayers();
    this.markers.clear();
    const bounds: [number, number][] = [];
    if (centre?.centroid) {
      const point: [number, number] = [centre.centroid.lat, centre.centroid.lon];
      L.circleMarker(point, { radius: 7, color: '#c2410c', weight: 3, fillColor: '#ffffff', fillOpacity: 1, interactive: false }).addTo(layer);
      bounds.push(point);
    }
    for (const place of places) {
      const title = this.transloco.translate(place.hits.length === 1 ? 'search.map.markerOne' : 'search.map.markerOther', {
        number: place.number,
        place: `${place.postalCode} ${place.locality}`.trim(),
        count: place.hits.length,
      });
      const marker = L.marker([place.lat, place.lon], {
        icon: L.divIcon({ className: 'kp-map-marker', html: `<span aria-hidden="true">${place.number}</span>`, iconSize: [32, 32], iconAnchor: [16, 16], popupAnchor: [0, -14] }),
        title,
        alt: title,
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindPopup(() => this.popup(place), { maxHeight: 240, maxWidth: 320 });
      marker.addTo(layer);
      this.markers.set(place.number, marker);
      bounds.push([place.lat, place.lon]);
    }
    if (bounds.length > 1) map.fitBounds(bounds, { padding: [32, 32], maxZoom: 11 });
    else if (bounds.length === 1) map.setView(bounds[0] as [number, number], 10);
  }

  /** Popup content as DOM nodes (text only, never HTML from the api). */
  private popup(place: MapPlace): HTMLElement {
    const box = this.document.createElement('div');
    box.className = 'kp-map-popup';
    const heading = this.document.createElement('p');
    heading.className = 'kp-map-popup__place';
    heading.textContent = `${place.postalCode} ${place.locality}`.trim();
    box.append(heading);
    const list = this.document.createElement('ul');
    for (const hit of place.hits) {
      const item = this.document.createElement('li');
      const link = this.document.createElement('a');
      const path = `/angebote/${encodeURIComponent(hit.slug)}`;
      link.href = path;
      link.textContent = hit.title;
      link.addEventListener('click', (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        void this.router.navigateByUrl(path);
      });
      item.append(link);
      list.append(item);
    }
    box.append(list);
    return box;
  }

}
