import { Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

export interface FacetOption {
  readonly value: string;
  /** Translation key, or the text itself when `translate` is false. */
  readonly label: string;
  readonly translate?: boolean;
}

let nextId = 0;

/**
 * One filter group: a fieldset with a legend and a checkbox per option, each with the number of
 * matching results ("Online (4)"; the number is part of the label, so screen readers hear it).
 * Options with no match are still listed when they are ticked, so a filter can always be removed.
 */
@Component({
  selector: 'kp-facet-group',
  imports: [TranslocoPipe],
  template: `
    <fieldset class="facet-group">
      <legend>{{ legend() | transloco }}</legend>
      <ul class="facet-group__options">
        @for (option of visible(); track option.value) {
          <li>
            <input
              type="checkbox"
              [id]="id + '-' + option.value"
              [checked]="isSelected(option.value)"
              (change)="toggle(option.value, $any($event.target).checked)"
            />
            <label [for]="id + '-' + option.value">
              {{ option.translate === false ? option.label : (option.label | transloco) }}
              @if (countOf(option.value); as count) {
                <span class="facet-group__count">({{ count }})</span>
              } @else if (counts()) {
                <span class="facet-group__count">(0)</span>
              }
            </label>
          </li>
        }
      </ul>
    </fieldset>
  `,
  styles: `
    .facet-group {
      margin: 0 0 1.25rem;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
      margin-bottom: 0.5rem;
      font-weight: 700;
    }
    .facet-group__options {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.35rem;
    }
    li {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
    }
    input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.1rem 0 0;
      flex: none;
    }
    .facet-group__count {
      color: var(--kp-muted);
    }
  `,
})
export class FacetGroup {
  readonly legend = input.required<string>();
  readonly options = input.required<readonly FacetOption[]>();
  readonly selected = input.required<readonly string[]>();
  /** value → count from the api's facets; undefined while none are known (then all options show). */
  readonly counts = input<Readonly<Record<string, number>> | undefined>(undefined);
  /** Hide options without matches (unless ticked). */
  readonly hideEmpty = input(false);
  readonly selectedChange = output<string[]>();

  protected readonly id = `kp-facet-${++nextId}`;
  protected readonly visible = computed(() => {
    const counts = this.counts();
    if (!counts || !this.hideEmpty()) return this.options();
    return this.options().filter((option) => (counts[option.value] ?? 0) > 0 || this.selected().includes(option.value));
  });

  protected countOf(value: string): number | undefined {
    return this.counts()?.[value] || undefined;
  }

  protected isSelected(value: string): boolean {
    return this.selected().includes(value);
  }

  protected toggle(value: string, checked: boolean): void {
    const others = this.selected().filter((v) => v !== value);
    const next = checked ? [...others, value] : others;
    // Keep the options' order, so equal choices give equal addresses.
    this.selectedChange.emit(this.options().map((o) => o.value).filter((v) => next.includes(v)));
  }
}
