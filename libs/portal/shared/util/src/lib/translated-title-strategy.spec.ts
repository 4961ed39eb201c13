import { ApplicationInitStatus, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';

import { LanguageService } from './language.service';
import { provideI18n } from './provide-i18n';
import { DynamicPageTitle } from './translated-title-strategy';

@Component({ template: '' })
class BlankPage {}

const dictionaries = {
  de: { app: { titleTemplate: '{{ page }} – Knotenpunkt' }, titles: { home: 'Startseite', imprint: 'Impressum' } },
  en: { app: { titleTemplate: '{{ page }} – Knotenpunkt' }, titles: { home: 'Home', imprint: 'Legal notice' } },
};

describe('TranslatedTitleStrategy', () => {
  beforeEach(async () => {
    localStorage.clear();
    window.history.replaceState({}, '', '/');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: BlankPage, title: 'titles.home' },
          { path: 'impressum', component: BlankPage, title: 'titles.imprint' },
        ]),
        provideI18n({ loader: (language) => Promise.resolve(dictionaries[language]) }),
      ],
    });
    await TestBed.inject(ApplicationInitStatus).donePromise;
  });

  it('sets the translated page title of each route', async () => {
    const router = TestBed.inject(Router);
    const title = TestBed.inject(Title);
    await router.navigateByUrl('/');
    TestBed.tick();
    expect(title.getTitle()).toBe('Startseite – Knotenpunkt');
    await router.navigateByUrl('/impressum');
    TestBed.tick();
    expect(title.getTitle()).toBe('Impressum – Knotenpunkt');
  });

  it('retranslates the current title when the language changes', async () => {
    await TestBed.inject(Router).navigateByUrl('/impressum');
    await TestBed.inject(LanguageService).use('en');
    TestBed.tick();
    expect(TestBed.inject(Title).getTitle()).toBe('Legal notice – Knotenpunkt');
  });
});

describe('DynamicPageTitle', () => {
  beforeEach(async () => {
    localStorage.clear();
    window.history.replaceState({}, '', '/');
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'angebot', component: BlankPage, title: 'titles.home' }]), provideI18n({ loader: (language) => Promise.resolve(dictionaries[language]) })],
    });
    await TestBed.inject(ApplicationInitStatus).donePromise;
  });

  it('replaces the page part of the title while set, in every language, and gives way again on null', async () => {
    await TestBed.inject(Router).navigateByUrl('/angebot');
    const dynamic = TestBed.inject(DynamicPageTitle);
    const title = TestBed.inject(Title);
    dynamic.set('Asylrecht kompakt');
    TestBed.tick();
    expect(title.getTitle()).toBe('Asylrecht kompakt – Knotenpunkt');
    await TestBed.inject(LanguageService).use('en');
    TestBed.tick();
    expect(title.getTitle()).toBe('Asylrecht kompakt – Knotenpunkt');
    dynamic.set(null);
    TestBed.tick();
    expect(title.getTitle()).toBe('Home – Knotenpunkt');
  });
});
