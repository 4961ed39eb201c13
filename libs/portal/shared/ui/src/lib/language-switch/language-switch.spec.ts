import { ApplicationInitStatus, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LANGUAGE_STORAGE_KEY, LanguageService, provideI18n } from '@knotenpunkt/portal/shared/util';

import { LanguageSwitch } from './language-switch';

const dictionaries = {
  de: { app: { titleTemplate: '{{ page }}' }, shell: { language: 'Sprache' } },
  en: { app: { titleTemplate: '{{ page }}' }, shell: { language: 'Language' } },
};

@Component({ template: '' })
class Blank {}

async function render(url = '/') {
  window.history.replaceState({}, '', url);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: '**', component: Blank }]),
      provideI18n({ loader: (language) => Promise.resolve(dictionaries[language]) }),
    ],
  });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  await TestBed.inject(Router).navigateByUrl(url);
  const fixture = TestBed.createComponent(LanguageSwitch);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const button = (language: string) => element.querySelector<HTMLButtonElement>(`button[lang="${language}"]`);
  return { fixture, element, button };
}

describe('LanguageSwitch', () => {
  beforeEach(() => localStorage.clear());

  it('offers Deutsch and English as a labelled group of toggle buttons, German pressed', async () => {
    const { element, button } = await render();
    const group = element.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).toBe('Sprache');
    expect(button('de')?.textContent?.trim()).toBe('Deutsch');
    expect(button('en')?.textContent?.trim()).toBe('English');
    expect(button('de')?.getAttribute('aria-pressed')).toBe('true');
    expect(button('en')?.getAttribute('aria-pressed')).toBe('false');
    expect(button('en')?.type).toBe('button');
  });

  it('switches to English on click and back to German', async () => {
    const { fixture, element, button } = await render();
    button('en')?.click();
    await fixture.whenStable();
    expect(TestBed.inject(LanguageService).current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(button('en')?.getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Language');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    button('de')?.click();
    await fixture.whenStable();
    expect(document.documentElement.lang).toBe('de');
    expect(button('de')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('drops ?lang= from the address after a switch so a reload keeps the new choice', async () => {
    const { fixture, button } = await render('/impressum?lang=en&x=1');
    expect(document.documentElement.lang).toBe('en');
    button('de')?.click();
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/impressum?x=1');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
  });
});
