import { ApplicationInitStatus, Component, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideI18n } from '@knotenpunkt/portal/shared/util';

import { ErrorSummary, type ErrorSummaryItem } from './error-summary';

@Component({
  selector: 'kp-test-host',
  imports: [ErrorSummary],
  template: `
    <kp-error-summary [errors]="errors()" [message]="message()" />
    <input id="f-email" aria-label="E-Mail" />
  `,
})
class Host {
  readonly errors = signal<ErrorSummaryItem[]>([]);
  readonly message = signal<string | null>(null);
  readonly summary = viewChild.required(ErrorSummary);
}

async function render() {
  TestBed.configureTestingModule({
    providers: [provideI18n({ loader: () => Promise.resolve({ forms: { summaryTitle: 'Bitte prüfen Sie Ihre Angaben' } }) })],
  });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  const fixture = TestBed.createComponent(Host);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('ErrorSummary', () => {
  it('renders nothing without errors', async () => {
    const { element } = await render();
    expect(element.querySelector('.kp-error-summary')).toBeNull();
  });

  it('lists the errors as links that move focus to their field, and takes focus itself', async () => {
    const { fixture, element } = await render();
    fixture.componentInstance.errors.set([{ id: 'f-email', message: 'Bitte eine gültige E-Mail-Adresse angeben' }]);
    fixture.componentInstance.message.set('Die Anfrage enthält ungültige Angaben.');
    fixture.componentInstance.summary().focus();
    await fixture.whenStable();
    const box = element.querySelector<HTMLElement>('.kp-error-summary');
    expect(box?.querySelector('h2')?.textContent?.trim()).toBe('Bitte prüfen Sie Ihre Angaben');
    expect(box?.getAttribute('aria-labelledby')).toBe(box?.querySelector('h2')?.id);
    expect(document.activeElement).toBe(box);
    expect(box?.querySelector('p')?.textContent).toBe('Die Anfrage enthält ungültige Angaben.');
    const link = box?.querySelector<HTMLAnchorElement>('a');
    expect(link?.getAttribute('href')).toBe('#f-email');
    link?.click();
    expect(document.activeElement?.id).toBe('f-email');
  });
});
