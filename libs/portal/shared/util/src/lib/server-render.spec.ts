import { ApplicationInitStatus, Component, Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { LanguageService } from './language.service';
import { provideI18n } from './provide-i18n';
import { frameLeftServerRender } from './server-render';

@Component({ template: '' })
class BlankPage {}

describe('frameLeftServerRender', () => {
  beforeEach(async () => {
    localStorage.clear();
    window.history.replaceState({}, '', '/');
    // As on a page the server rendered in German.
    document.documentElement.lang = 'de';
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: BlankPage },
          { path: 'impressum', component: BlankPage },
        ]),
        provideI18n({ loader: () => Promise.resolve({ app: { titleTemplate: '{{ page }}' } }) }),
      ],
    });
    await TestBed.inject(ApplicationInitStatus).donePromise;
  });

  const create = () => runInInjectionContext(TestBed.inject(Injector), () => frameLeftServerRender());

  it('stays false on the first page and turns true with the second navigation', async () => {
    const left = create();
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/');
    expect(left()).toBe(false);
    await router.navigateByUrl('/impressum');
    expect(left()).toBe(true);
  });

  it('turns true when the language differs from the page', async () => {
    const left = create();
    await TestBed.inject(Router).navigateByUrl('/');
    await TestBed.inject(LanguageService).use('en');
    expect(left()).toBe(true);
  });
});
