import { ApplicationInitStatus, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { RegionSuggestion } from '@knotenpunkt/shared/contracts';
import { LanguageService, provideI18n } from '@knotenpunkt/portal/shared/util';
import { Observable, Subject, of, throwError } from 'rxjs';

import { RegionPicker } from './region-picker';
import { REGION_PICKER_I18N_KEYS } from './region-picker-i18n';
import { RegionSuggestionSource } from './region-suggestion-source';

const german: Record<string, string> = {
  label: 'Region oder PLZ',
  hint: 'Mindestens 2 Zeichen',
  clear: 'Auswahl löschen',
  listLabel: 'Vorschläge',
  loading: 'Vorschläge werden geladen …',
  empty: 'Keine Region oder PLZ gefunden',
  emptyHint: 'Schreibweise prüfen',
  error: 'Vorschläge konnten nicht geladen werden.',
  resultsOne: '1 Vorschlag',
  resultsOther: '{{ count }} Vorschläge',
  noResults: 'Keine Treffer',
  selected: '{{ label }} ausgewählt',
  kindPostalCode: 'PLZ',
  kindRegion: 'Region',
  kindLand: 'Land',
  kindRegierungsbezirk: 'Regierungsbezirk',
  kindKreis: 'Kreis',
  kindGemeindeverband: 'Gemeindeverband',
  kindGemeinde: 'Gemeinde',
};

/** Builds a nested Transloco dictionary from the picker's keys. */
function dictionary(texts: Record<string, string>) {
  const root: Record<string, unknown> = { app: { titleTemplate: '{{ page }}' } };
  for (const [name, key] of Object.entries(REGION_PICKER_I18N_KEYS)) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1) as string] = texts[name] ?? `${name} (en)`;
  }
  return root;
}

const dictionaries = {
  de: dictionary(german),
  en: dictionary({ label: 'Region or postcode', kindPostalCode: 'Postcode', kindKreis: 'District', resultsOther: '{{ count }} suggestions' }),
};

const goerlitzTown: RegionSuggestion = {
  kind: 'region',
  id: '146260140140',
  label: 'Görlitz, Stadt',
  context: 'Landkreis Görlitz, Sachsen',
  level: 'gemeinde',
  centroid: null,
};
const goerlitzDistrict: RegionSuggestion = {
  kind: 'region',
  id: '14626',
  label: 'Landkreis Görlitz',
  context: 'Sachsen',
  level: 'kreis',
  centroid: null,
};
const saxony: RegionSuggestion = { kind: 'region', id: '14', label: 'Sachsen', context: 'Deutschland', level: 'land', centroid: null };
const erfurtPlz: RegionSuggestion = {
  kind: 'postalCode',
  id: '99084',
  label: '99084',
  context: 'Erfurt, Thüringen',
  level: null,
  centroid: null,
};

interface FakeRequest {
  query: string;
  options: object;
  answer: Subject<readonly RegionSuggestion[]>;
  settled: boolean;
  cancelled: boolean;
}

/** A suggestion source the test answers by hand, recording every request and its cancellation. */
class FakeSource extends RegionSuggestionSource {
  readonly requests: FakeRequest[] = [];
  respond: ((query: string) => Observable<readonly RegionSuggestion[]>) | null = null;

  suggest(query: string, options: object): Observable<readonly RegionSuggestion[]> {
    if (this.respond) return this.respond(query);
    const request: FakeRequest = { query, options, answer: new Subject(), settled: false, cancelled: false };
    this.requests.push(request);
    return new Observable<readonly RegionSuggestion[]>((subscriber) => {
      const subscription = request.answer.subscribe(subscriber);
      return () => {
        if (!request.settled) request.cancelled = true;
        subscription.unsubscribe();
      };
    });
  }
}

@Component({
  imports: [RegionPicker],
  template: `<kp-region-picker [(value)]="picked" [debounceMs]="0" /><p>{{ picked()?.label }}</p>`,
})
class Host {
  readonly picked = signal<RegionSuggestion | null>(null);
}

/** The picker with its default debounce of 200 ms. */
@Component({
  imports: [RegionPicker],
  template: `<kp-region-picker [(value)]="picked" />`,
})
class DefaultHost {
  readonly picked = signal<RegionSuggestion | null>(null);
}

async function render(host: typeof Host | typeof DefaultHost = Host) {
  localStorage.clear();
  window.history.replaceState({}, '', '/');
  const source = new FakeSource();
  TestBed.configureTestingModule({
    providers: [
      provideI18n({ loader: (language) => Promise.resolve(dictionaries[language]) }),
      { provide: RegionSuggestionSource, useValue: source },
    ],
  });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  const fixture: ComponentFixture<Host | DefaultHost> = TestBed.createComponent(host);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = element.querySelector<HTMLInputElement>('input[role="combobox"]') as HTMLInputElement;
  input.focus();
  input.dispatchEvent(new FocusEvent('focus'));

  const settle = async () => {
    // debounce(0) is one macrotask; then Angular renders.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await fixture.whenStable();
  };
  const type = async (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  const press = async (key: string, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    input.dispatchEvent(event);
    await fixture.whenStable();
    return event;
  };
  const answer = async (items: readonly RegionSuggestion[]) => {
    const request = source.requests.at(-1) as FakeRequest;
    request.settled = true;
    request.answer.next(items);
    request.answer.complete();
    await fixture.whenStable();
  };
  const listbox = () => element.querySelector<HTMLElement>('[role="listbox"]') as HTMLElement;
  const options = () => [...element.querySelectorAll<HTMLElement>('[role="option"]')];
  const optionLabels = () => options().map((o) => o.querySelector('.option__label')?.textContent?.trim());
  const live = () => element.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';
  const message = () => {
    const box = element.querySelector('.message');
    if (!box) return null;
    const parts = box.children.length ? [...box.children].map((child) => child.textContent) : [box.textContent];
    return parts.map((part) => part?.trim()).join(' | ');
  };
  return { fixture, element, input, source, type, press, answer, listbox, options, optionLabels, live, message, settle };
}

describe('RegionPicker', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is a labelled combobox with hint, collapsed listbox and no active option', async () => {
    const { element, input, listbox } = await render();
    expect(element.querySelector('label')?.textContent?.trim()).toBe('Region oder PLZ');
    expect(element.querySelector('label')?.getAttribute('for')).toBe(input.id);
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-controls')).toBe(listbox().id);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(element.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent?.trim()).toBe('Mindestens 2 Zeichen');
    expect(listbox().hidden).toBe(true);
    expect(listbox().getAttribute('aria-label')).toBe('Vorschläge');
    expect(element.querySelector('button')).toBeNull();
  });

  it('asks only from 2 characters on, with limit and levels', async () => {
    const { type, source } = await render();
    await type('G');
    expect(source.requests).toHaveLength(0);
    await type('Gö');
    expect(source.requests.map((r) => [r.query, r.options])).toEqual([['Gö', { limit: 10, levels: undefined }]]);
  });

  it('shows options with label, context and kind badge, and announces their number', async () => {
    const { type, answer, input, listbox, options, optionLabels, live } = await render();
    await type('Görl');
    await answer([goerlitzTown, goerlitzDistrict, erfurtPlz]);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(listbox().hidden).toBe(false);
    expect(optionLabels()).toEqual(['Görlitz, Stadt', 'Landkreis Görlitz', '99084']);
    const texts = options().map((o) => [o.querySelector('.option__context')?.textContent, o.querySelector('.option__kind')?.textContent?.trim()]);
    expect(texts).toEqual([
      ['Landkreis Görlitz, Sachsen', 'Gemeinde'],
      ['Sachsen', 'Kreis'],
      ['Erfurt, Thüringen', 'PLZ'],
    ]);
    expect(options().every((o) => o.getAttribute('aria-selected') === 'false')).toBe(true);
    expect(live()).toBe('3 Vorschläge');
  });

  it('moves with ArrowDown/ArrowUp (wrapping), sets aria-activedescendant and picks with Enter', async () => {
    const { fixture, type, answer, press, input, options, live, element } = await render();
    await type('Görl');
    await answer([goerlitzTown, goerlitzDistrict, saxony]);

    const active = () => input.getAttribute('aria-activedescendant');
    await press('ArrowDown');
    expect(active()).toBe(options()[0].id);
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(active()).toBe(options()[2].id);
    await press('ArrowDown');
    expect(active()).toBe(options()[0].id);
    await press('ArrowUp');
    expect(active()).toBe(options()[2].id);
    await press('ArrowUp');
    expect(active()).toBe(options()[1].id);
    expect(options().filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1);

    const enter = await press('Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(fixture.componentInstance.picked()).toEqual(goerlitzDistrict);
    expect(input.value).toBe('Landkreis Görlitz');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(element.querySelector('p:last-child')?.textContent).toBe('Landkreis Görlitz');
    expect(live()).toBe('Landkreis Görlitz ausgewählt');
  });

  it('ArrowUp on a closed list opens it on the last option; Enter without an active option does nothing', async () => {
    const { fixture, type, answer, press, input, options } = await render();
    await type('Görl');
    await answer([goerlitzTown, goerlitzDistrict]);
    const enter = await press('Enter');
    expect(enter.defaultPrevented).toBe(false);
    expect(fixture.componentInstance.picked()).toBeNull();

    await press('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await press('ArrowUp');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1].id);
  });

  it('Escape closes the list and keeps the text; a second Escape clears text and value', async () => {
    const { fixture, type, answer, press, input, live } = await render();
    await type('Görl');
    await answer([goerlitzTown]);
    expect(live()).toBe('1 Vorschlag');
    await press('ArrowDown');
    await press('Enter');
    expect(fixture.componentInstance.picked()).toEqual(goerlitzTown);

    // After a pick: first Escape has no list to close, so it clears.
    await press('Escape');
    expect(input.value).toBe('');
    expect(fixture.componentInstance.picked()).toBeNull();

    await type('Görl');
    await answer([goerlitzTown]);
    const first = await press('Escape');
    expect(first.defaultPrevented).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('Görl');
    await press('Escape');
    expect(input.value).toBe('');
    expect(live()).toBe('');
  });

  it('Home, End and the side arrows return visual focus to the text; Tab closes without picking', async () => {
    const { fixture, type, answer, press, input } = await render();
    await type('Görl');
    await answer([goerlitzTown, goerlitzDistrict]);
    await press('ArrowDown');
    for (const key of ['Home', 'End', 'ArrowLeft', 'ArrowRight']) {
      const event = await press(key);
      expect(event.defaultPrevented).toBe(false);
      expect(input.hasAttribute('aria-activedescendant')).toBe(false);
      expect(input.getAttribute('aria-expanded')).toBe('true');
      await press('ArrowDown');
    }
    const tab = await press('Tab');
    expect(tab.defaultPrevented).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(fixture.componentInstance.picked()).toBeNull();
  });

  it('keeps the highlighted option when a newer answer still contains it, and marks the list busy while asking', async () => {
    const { type, answer, press, input, options, listbox } = await render();
    await type('Gör');
    await answer([saxony, goerlitzDistrict]);
    await type('Görl');
    expect(listbox().getAttribute('aria-busy')).toBe('true');
    // While the newer answer loads, the visitor moves on in the list they see.
    await press('ArrowDown');
    await press('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1].id);
    expect(options()[1].textContent).toContain('Landkreis Görlitz');
    await answer([goerlitzTown, goerlitzDistrict]);
    expect(listbox().getAttribute('aria-busy')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1].id);
    await type('Görli');
    await answer([goerlitzTown]);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('lists postal-code entries that share a PLZ (one per place) side by side', async () => {
    const { type, answer, optionLabels } = await render();
    await type('1532');
    const place = (label: string): RegionSuggestion => ({ ...erfurtPlz, id: '15320', label, context: 'Märkisch-Oderland, Brandenburg' });
    await answer([place('15320 Neuhardenberg'), place('15320 Altfriedland')]);
    expect(optionLabels()).toEqual(['15320 Neuhardenberg', '15320 Altfriedland']);
  });

  it('picks an option with a click and keeps focus in the field while pressing it', async () => {
    const { fixture, type, answer, options, input } = await render();
    await type('Görl');
    await answer([goerlitzTown, goerlitzDistrict]);
    const mousedown = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    options()[0].dispatchEvent(mousedown);
    expect(mousedown.defaultPrevented).toBe(true);
    options()[0].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.picked()).toEqual(goerlitzTown);
    expect(input.value).toBe('Görlitz, Stadt');
  });

  it('typing after a pick sets the value back to null', async () => {
    const { fixture, type, answer, press } = await render();
    await type('Görl');
    await answer([goerlitzTown]);
    await press('ArrowDown');
    await press('Enter');
    await type('Görlitz, Stad');
    expect(fixture.componentInstance.picked()).toBeNull();
  });

  it('the clear button ("Auswahl löschen") empties field and value and keeps focus', async () => {
    const { fixture, element, type, answer, press, input } = await render();
    await type('Görl');
    await answer([goerlitzTown]);
    await press('ArrowDown');
    await press('Enter');
    const clear = element.querySelector<HTMLButtonElement>('button') as HTMLButtonElement;
    expect(clear.getAttribute('aria-label')).toBe('Auswahl löschen');
    expect(clear.type).toBe('button');
    clear.click();
    await fixture.whenStable();
    expect(input.value).toBe('');
    expect(fixture.componentInstance.picked()).toBeNull();
    expect(document.activeElement).toBe(input);
    expect(element.querySelector('button')).toBeNull();
  });

  it('cancels the request for an older query when a newer one is asked (switchMap)', async () => {
    const { type, source, answer, optionLabels } = await render();
    await type('Gö');
    await type('Gör');
    expect(source.requests.map((r) => [r.query, r.cancelled])).toEqual([
      ['Gö', true],
      ['Gör', false],
    ]);
    source.requests[0].answer.next([saxony]);
    await answer([goerlitzTown]);
    expect(optionLabels()).toEqual(['Görlitz, Stadt']);
  });

  it('debounces: keystrokes within 200 ms cause one request', async () => {
    const { input, source } = await render(DefaultHost);
    for (const text of ['Gö', 'Gör', 'Görl']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(source.requests).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(source.requests.map((r) => r.query)).toEqual(['Görl']);
  });

  it('shows the empty state and announces "Keine Treffer"', async () => {
    const { type, answer, message, live, input } = await render();
    await type('Xyzzy');
    await answer([]);
    expect(message()).toBe('Keine Region oder PLZ gefunden | Schreibweise prüfen');
    expect(live()).toBe('Keine Treffer');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows a loading message while the first answer is pending', async () => {
    const { type, message } = await render();
    await type('Gotha');
    expect(message()).toBe('Vorschläge werden geladen …');
  });

  it('survives an api error with a readable message, and recovers on the next query', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { type, source, message, live, optionLabels } = await render();
    source.respond = () => throwError(() => new Error('502 Bad Gateway'));
    await type('Gotha');
    expect(message()).toBe('Vorschläge konnten nicht geladen werden.');
    expect(live()).toBe('Vorschläge konnten nicht geladen werden.');
    source.respond = () => of([goerlitzDistrict]);
    await type('Görlitz');
    expect(message()).toBeNull();
    expect(optionLabels()).toEqual(['Landkreis Görlitz']);
  });

  it('ArrowDown after an error asks again', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { type, source, press, input, optionLabels } = await render();
    source.respond = () => throwError(() => new Error('down'));
    await type('Gotha');
    source.respond = () => of([goerlitzDistrict]);
    await press('ArrowDown');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await press('ArrowDown');
    expect(optionLabels()).toEqual(['Landkreis Görlitz']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the label of a value set from outside', async () => {
    const { fixture, input } = await render();
    fixture.componentInstance.picked.set(erfurtPlz);
    await fixture.whenStable();
    expect(input.value).toBe('99084');
  });

  it('renders in English after a language switch', async () => {
    const { fixture, element, type, answer, options, live } = await render();
    await TestBed.inject(LanguageService).use('en');
    await type('Görl');
    await answer([goerlitzDistrict, erfurtPlz]);
    await fixture.whenStable();
    expect(element.querySelector('label')?.textContent?.trim()).toBe('Region or postcode');
    expect(options().map((o) => o.querySelector('.option__kind')?.textContent?.trim())).toEqual(['District', 'Postcode']);
    expect(live()).toBe('2 suggestions');
  });
});
