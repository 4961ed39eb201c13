import { ApplicationInitStatus, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideI18n } from '@knotenpunkt/portal/shared/util';

import { Shell } from './shell';
import { type NavLink } from './shell-i18n';

const shell = {
  skipLink: 'Zum Inhalt springen',
  mainNavigation: 'Hauptnavigation',
  homeLink: 'Knotenpunkt – zur Startseite',
  language: 'Sprache',
  legalNavigation: 'Rechtliches',
  tagline: 'Vernetzung für die Integrationsarbeit',
};
const dictionaries = {
  de: {
    app: { titleTemplate: '{{ page }} – Knotenpunkt' },
    shell,
    nav: { offers: 'Angebote', partners: 'Partner' },
    legal: { imprint: 'Impressum', privacy: 'Datenschutz', accessibility: 'Barrierefreiheit' },
  },
  en: {
    app: { titleTemplate: '{{ page }} – Knotenpunkt' },
    shell: { ...shell, skipLink: 'Skip to content', legalNavigation: 'Legal' },
    nav: { offers: 'Offers', partners: 'Partners' },
    legal: { imprint: 'Legal notice', privacy: 'Privacy', accessibility: 'Accessibility' },
  },
};

@Component({
  selector: 'kp-test-host',
  imports: [Shell],
  template: `<kp-shell [navLinks]="nav" [footerLinks]="legal"><a kpHeaderActions href="/anmelden">Anmelden</a><h1>Seiteninhalt</h1></kp-shell>`,
})
class Host {
  nav: NavLink[] = [
    { path: '/angebote', labelKey: 'nav.offers' },
    { path: '/partner', labelKey: 'nav.partners' },
  ];
  legal: NavLink[] = [
    { path: '/impressum', labelKey: 'legal.imprint' },
    { path: '/datenschutz', labelKey: 'legal.privacy' },
    { path: '/barrierefreiheit', labelKey: 'legal.accessibility' },
  ];
}

@Component({ template: '' })
class Blank {}

async function render() {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: '**', component: Blank }]),
      provideI18n({ loader: (language) => Promise.resolve(dictionaries[language]) }),
    ],
  });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

function linksIn(container: Element | null) {
  return [...(container?.querySelectorAll('a') ?? [])].map((a) => ({
    text: a.textContent?.trim(),
    href: a.getAttribute('href'),
  }));
}

describe('Shell', () => {
  beforeEach(() => {
    localStorage.clear();
    window.history.replaceState({}, '', '/');
  });

  it('renders the footer with links to Impressum, Datenschutz and Barrierefreiheit', async () => {
    const { element } = await render();
    const legalNav = element.querySelector('footer nav[aria-label="Rechtliches"]');
    expect(linksIn(legalNav)).toEqual([
      { text: 'Impressum', href: '/impressum' },
      { text: 'Datenschutz', href: '/datenschutz' },
      { text: 'Barrierefreiheit', href: '/barrierefreiheit' },
    ]);
  });

  it('renders the header with the product name and the main navigation', async () => {
    const { element } = await render();
    const brand = element.querySelector('header a.brand');
    expect(brand?.textContent?.trim()).toBe('Knotenpunkt');
    expect(brand?.getAttribute('href')).toBe('/');
    expect(linksIn(element.querySelector('header nav[aria-label="Hauptnavigation"]'))).toEqual([
      { text: 'Angebote', href: '/angebote' },
      { text: 'Partner', href: '/partner' },
    ]);
  });

  it('projects the page into <main id="main"> and starts with a skip link to it', async () => {
    const { element } = await render();
    const main = element.querySelector('main#main');
    expect(main?.querySelector('h1')?.textContent).toBe('Seiteninhalt');
    const firstLink = element.querySelector('a');
    expect(firstLink?.textContent?.trim()).toBe('Zum Inhalt springen');
    firstLink?.click();
    expect(document.activeElement).toBe(main);
    expect(window.location.pathname).toBe('/');
  });

  it('puts [kpHeaderActions] content into the header, before the language switch', async () => {
    const { element } = await render();
    const actions = element.querySelector('header .header__actions');
    expect(linksIn(actions)).toEqual([{ text: 'Anmelden', href: '/anmelden' }]);
    expect(element.querySelector('main a[href="/anmelden"]')).toBeNull();
    expect(actions?.nextElementSibling?.tagName.toLowerCase()).toBe('kp-language-switch');
  });

  it('marks the link of the current page with aria-current', async () => {
    const { fixture, element } = await render();
    await TestBed.inject(Router).navigateByUrl('/datenschutz');
    await fixture.whenStable();
    const current = [...element.querySelectorAll('a[aria-current="page"]')].map((a) => a.textContent?.trim());
    expect(current).toEqual(['Datenschutz']);
  });

  it('shows every label in English after switching the language', async () => {
    const { fixture, element } = await render();
    const english = element.querySelector<HTMLButtonElement>('button[lang="en"]');
    english?.click();
    await fixture.whenStable();
    expect(document.documentElement.lang).toBe('en');
    expect(element.querySelector('a')?.textContent?.trim()).toBe('Skip to content');
    expect(linksIn(element.querySelector('footer nav[aria-label="Legal"]')).map((l) => l.text)).toEqual([
      'Legal notice',
      'Privacy',
      'Accessibility',
    ]);
  });
});
