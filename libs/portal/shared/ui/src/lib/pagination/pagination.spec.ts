import { ApplicationInitStatus, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideI18n } from '@knotenpunkt/portal/shared/util';

import { Pagination } from './pagination';

@Component({
  selector: 'kp-test-host',
  imports: [Pagination],
  template: `<kp-pagination [page]="page()" [pageSize]="20" [total]="total()" label="Seiten" (pageChange)="changes.push($event); page.set($event)" />`,
})
class Host {
  readonly page = signal(1);
  readonly total = signal(45);
  readonly changes: number[] = [];
}

const pagination = { previous: 'Zurück', next: 'Weiter', status: 'Seite {{ page }} von {{ pages }} (Einträge {{ from }}–{{ to }} von {{ total }})' };

async function render() {
  TestBed.configureTestingModule({ providers: [provideI18n({ loader: () => Promise.resolve({ pagination }) })] });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const buttons = () => [...element.querySelectorAll('button')];
  return { fixture, element, buttons, status: () => element.querySelector('.kp-pagination__status')?.textContent?.trim() };
}

describe('Pagination', () => {
  it('shows where the reader is and moves page by page, staying focusable at the ends', async () => {
    const { fixture, element, buttons, status } = await render();
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Seiten');
    expect(status()).toBe('Seite 1 von 3 (Einträge 1–20 von 45)');
    expect(buttons()[0]?.getAttribute('aria-disabled')).toBe('true');
    buttons()[0]?.click();
    expect(fixture.componentInstance.changes).toEqual([]);
    buttons()[1]?.click();
    await fixture.whenStable();
    buttons()[1]?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.changes).toEqual([2, 3]);
    expect(status()).toBe('Seite 3 von 3 (Einträge 41–45 von 45)');
    expect(buttons()[1]?.getAttribute('aria-disabled')).toBe('true');
    expect(buttons()[1]?.disabled).toBe(false);
  });

  it('has no buttons for a single page and nothing for an empty list', async () => {
    const { fixture, element, buttons, status } = await render();
    fixture.componentInstance.total.set(5);
    await fixture.whenStable();
    expect(buttons()).toHaveLength(0);
    expect(status()).toBe('Seite 1 von 1 (Einträge 1–5 von 5)');
    fixture.componentInstance.total.set(0);
    await fixture.whenStable();
    expect(element.querySelector('nav')).toBeNull();
  });
});
