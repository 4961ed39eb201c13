import {
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  model,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RegionLevel, RegionSuggestion } from '@knotenpunkt/shared/contracts';
import { Subject, type Observable, catchError, debounce, map, of, startWith, switchMap, timer } from 'rxjs';

import { REGION_PICKER_I18N_KEYS, regionKindKey } from './region-picker-i18n';
import { RegionSuggestionSource } from './region-suggestion-source';

/** The api answers 400 below this length, so the picker does not ask. */
export const REGION_QUERY_MIN_LENGTH = 2;

type SearchEvent =
  | { readonly type: 'idle'; readonly query: string }
  | { readonly type: 'loading'; readonly query: string }
  | { readonly type: 'done'; readonly query: string; readonly items: readonly RegionSuggestion[] }
  | { readonly type: 'error'; readonly query: string };

interface Announcement {
  readonly key: string;
  readonly params?: Record<string, unknown>;
}

let nextId = 0;

/** Several postal-code suggestions share a PLZ (one per place name), so the label counts too. */
function sameSuggestion(a: RegionSuggestion, b: RegionSuggestion): boolean {
  return a.kind === b.kind && a.id === b.id && a.label === b.label;
}

/**
 * Region or PLZ picker: a combobox with a listbox popup following the WAI-ARIA APG pattern
 * ("list autocomplete with manual selection"). Typing (≥ 2 characters, debounced) asks the
 * {@link RegionSuggestionSource}; Arrow keys move through the options, Enter or a click picks
 * one, Escape closes the list and a second Escape clears the field. A polite live region
 * announces the number of suggestions, "no results" and errors.
 *
 * Bind the picked suggestion with `[(value)]`; typing after a pick or clearing sets it to `null`.
 */
@Component({
  selector: 'kp-region-picker',
  imports: [TranslocoPipe],
  templateUrl: './region-picker.html',
  styleUrl: './region-picker.css',
})
export class RegionPicker {
  /** The picked suggestion; `null` while nothing is picked. */
  readonly value = model<RegionSuggestion | null>(null);
  /** Visible label; defaults to the translated "Region oder PLZ". */
  readonly label = input<string>();
  /** Hint below the label; defaults to the translated minimum-length hint. */
  readonly hint = input<string>();
  /** Only suggest regions of these levels (postal codes stay included unless the api filters them). */
  readonly levels = input<readonly RegionLevel[]>();
  /** How many suggestions to ask for (1–25). */
  readonly limit = input(10);
  /** Pause after the last keystroke before asking, in milliseconds. */
  readonly debounceMs = input(200);

  protected readonly keys = REGION_PICKER_I18N_KEYS;
  protected readonly kindKey = regionKindKey;
  protected readonly id = `kp-region-picker-${++nextId}`;
  protected readonly ids = {
    input: `${this.id}-input`,
    label: `${this.id}-label`,
    hint: `${this.id}-hint`,
    listbox: `${this.id}-listbox`,
  };

  /** What the text field shows. */
  protected readonly text = signal('');
  protected readonly items = signal<readonly RegionSuggestion[]>([]);
  protected readonly activeIndex = signal(-1);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);
  /** Whether the popup may show (typed since the last close). */
  protected readonly open = signal(false);
  protected readonly announcement = signal<Announcement | null>(null);
  /** The query the current items answer (`null` before the first answer). */
  private readonly answered = signal<string | null>(null);

  protected readonly expanded = computed(() => this.open() && this.items().length > 0);
  protected readonly activeOptionId = computed(() =>
    this.expanded() && this.activeIndex() >= 0 ? this.optionId(this.activeIndex()) : null,
  );
  /** Loading, empty or error message under the field (never inside the listbox). */
  protected readonly message = computed<'loading' | 'empty' | 'error' | null>(() => {
    if (!this.open()) return null;
    if (this.failed()) return 'error';
    if (this.items().length > 0) return null;
    if (this.loading()) return 'loading';
    return this.answered() !== null ? 'empty' : null;
  });

  private readonly source = inject(RegionSuggestionSource);
  private readonly injector = inject(Injector);
  private readonly inputElement = viewChild.required<ElementRef<HTMLInputElement>>('field');
  private readonly listboxElement = viewChild.required<ElementRef<HTMLElement>>('listbox');
  private readonly queries = new Subject<string>();
  private focused = false;
  /** The value this component last wrote, to tell a parent's `[value]` change from our own. */
  private lastEmitted: RegionSuggestion | null = null;

  constructor() {
    this.queries
      .pipe(
        debounce(() => timer(this.debounceMs())),
        // switchMap drops the answer to an older query as soon as a newer one is asked.
        switchMap((query) => this.search(query)),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((event) => this.apply(event));

    // A value set from outside (`[value]`/`[(value)]`) shows its label in the field.
    effect(() => {
      const value = this.value();
      untracked(() => {
        if (value === this.lastEmitted) return;
        this.lastEmitted = value;
        this.text.set(value?.label ?? '');
        this.reset();
      });
    });
  }

  protected optionId(index: number): string {
    return `${this.id}-option-${index}`;
  }

  protected onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.text.set(text);
    this.activeIndex.set(-1);
    if (this.value() !== null) this.emit(null);
    if (text.trim().length < REGION_QUERY_MIN_LENGTH) {
      this.reset();
    } else {
      this.open.set(true);
    }
    this.queries.next(text.trim());
  }

  protected onKeydown(event: KeyboardEvent): void {
    // Keys that confirm an input method's composition (Enter, Escape) belong to the IME.
    if (event.isComposing) return;
    const count = this.items().length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (count === 0) {
          // Nothing to show yet: ask again (e.g. after an error), the list opens with the answer.
          if (this.text().trim().length >= REGION_QUERY_MIN_LENGTH && !this.loading()) {
            this.open.set(true);
            this.queries.next(this.text().trim());
          }
          return;
        }
        const down = event.key === 'ArrowDown';
        if (event.altKey) {
          // Alt+Down opens without moving; Alt+Up closes.
          this.open.set(down);
          if (!down) this.activeIndex.set(-1);
          return;
        }
        const current = this.expanded() ? this.activeIndex() : -1;
        this.open.set(true);
        this.activeIndex.set(down ? (current + 1) % count : current <= 0 ? count - 1 : current - 1);
        this.scrollActiveIntoView();
        return;
      }
      case 'Enter': {
        const item = this.expanded() ? this.items()[this.activeIndex()] : undefined;
        if (item) {
          event.preventDefault();
          this.select(item);
        }
        return;
      }
      case 'Escape': {
        if (this.open() && (this.expanded() || this.message() !== null)) {
          event.preventDefault();
          this.close();
        } else if (this.text() !== '') {
          event.preventDefault();
          this.clear(false);
        }
        return;
      }
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text (browser default); visual focus returns to the field.
        this.activeIndex.set(-1);
        return;
      case 'Tab':
        this.close();
        return;
      default:
        return;
    }
  }

  protected onFocus(): void {
    this.focused = true;
  }

  protected onBlur(): void {
    this.focused = false;
    this.close();
  }

  /** Keeps the focus in the field when an option or the list's scrollbar is pressed. */
  protected keepFocus(event: MouseEvent): void {
    event.preventDefault();
  }

  protected select(item: RegionSuggestion): void {
    this.text.set(item.label);
    this.emit(item);
    this.close();
    this.announce({ key: this.keys.selected, params: { label: item.label } });
  }

  /** Clear button and second Escape: empties the field and the value; focus stays in the field. */
  protected clear(focus = true): void {
    this.text.set('');
    if (this.value() !== null) this.emit(null);
    this.reset();
    this.queries.next('');
    if (focus) this.inputElement().nativeElement.focus();
  }

  private search(query: string): Observable<SearchEvent> {
    if (query.length < REGION_QUERY_MIN_LENGTH) return of({ type: 'idle', query } as const);
    return this.source.suggest(query, { limit: this.limit(), levels: this.levels() }).pipe(
      map((items): SearchEvent => ({ type: 'done', query, items })),
      catchError((error: unknown) => {
        console.warn('Region suggestions failed', error);
        return of<SearchEvent>({ type: 'error', query });
      }),
      startWith<SearchEvent>({ type: 'loading', query }),
    );
  }

  private apply(event: SearchEvent): void {
    // An answer for text that is no longer in the field (typed on, picked, cleared) is dropped.
    if (event.query !== this.text().trim() || this.value() !== null) return;
    switch (event.type) {
      case 'idle':
        return;
      case 'loading':
        this.loading.set(true);
        return;
      case 'done': {
        // The highlighted option stays highlighted when the new answer still contains it.
        const active = this.items()[this.activeIndex()];
        this.loading.set(false);
        this.failed.set(false);
        this.items.set(event.items);
        this.answered.set(event.query);
        this.activeIndex.set(active ? event.items.findIndex((item) => sameSuggestion(item, active)) : -1);
        if (!this.focused) return;
        this.announce(
          event.items.length === 0
            ? { key: this.keys.noResults }
            : event.items.length === 1
              ? { key: this.keys.resultsOne }
              : { key: this.keys.resultsOther, params: { count: event.items.length } },
        );
        return;
      }
      case 'error':
        this.loading.set(false);
        this.failed.set(true);
        this.items.set([]);
        this.answered.set(event.query);
        this.activeIndex.set(-1);
        if (this.focused) this.announce({ key: this.keys.error });
        return;
    }
  }

  private close(): void {
    this.open.set(false);
    this.activeIndex.set(-1);
  }

  /** Back to the empty state: no list, no messages, nothing announced. */
  private reset(): void {
    this.close();
    this.items.set([]);
    this.loading.set(false);
    this.failed.set(false);
    this.answered.set(null);
    this.announcement.set(null);
  }

  private emit(value: RegionSuggestion | null): void {
    this.lastEmitted = value;
    this.value.set(value);
  }

  private announce(announcement: Announcement): void {
    this.announcement.set(announcement);
  }

  private scrollActiveIntoView(): void {
    afterNextRender(
      () => {
        const option = this.listboxElement().nativeElement.querySelector<HTMLElement>('[aria-selected="true"]');
        // jsdom has no scrollIntoView.
        option?.scrollIntoView?.({ block: 'nearest' });
      },
      { injector: this.injector },
    );
  }
}
