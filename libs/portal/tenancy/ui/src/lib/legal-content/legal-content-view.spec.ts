import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { LegalPage } from '@knotenpunkt/shared/contracts';
import { provideI18n } from '@knotenpunkt/portal/shared/util';

import { LegalContentView } from './legal-content-view';

const legalView = {
  email: 'E-Mail',
  phone: 'Telefon',
  contact: 'Kontakt',
  updated: 'Zuletzt aktualisiert am {{ date }}',
  imprint: { provider: 'Angaben gemäß § 5 DDG', representatives: 'Vertreten durch', responsible: 'Verantwortlich', additional: 'Weitere Angaben' },
  privacy: { controller: 'Verantwortliche Stelle', body: 'Informationen' },
};

async function render(page: LegalPage) {
  TestBed.configureTestingModule({ providers: [provideI18n({ loader: () => Promise.resolve({ legalView }) })] });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  const fixture = TestBed.createComponent(LegalContentView);
  fixture.componentRef.setInput('page', page);
  fixture.componentRef.setInput('language', 'de');
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('LegalContentView', () => {
  it('renders the imprint as text: markup in the content stays text, line breaks are kept', async () => {
    const element = await render({
      page: 'imprint',
      updatedAt: '2026-03-03T10:00:00.000Z',
      content: {
        organisationName: 'Verein <b>A</b>',
        legalForm: undefined,
        address: { street: 'Hauptstraße 1', postalCode: '99867', city: 'Gotha', country: 'Deutschland' },
        representatives: 'Vorstand:\nDana Müller\nSami Yilmaz',
        email: 'info@verein-a.example',
        phone: undefined,
        supervisoryAuthority: undefined,
        responsibleForContent: { name: 'Dana Müller', address: 'Hauptstraße 1' },
        additionalText: '<img src=x onerror=alert(1)>',
      },
    });
    expect(element.querySelector('strong')?.textContent).toBe('Verein <b>A</b>');
    expect(element.querySelector('b, img')).toBeNull();
    const representatives = [...element.querySelectorAll('.kp-pre-line')].find((p) => p.textContent?.includes('Vorstand'));
    expect(representatives?.textContent).toBe('Vorstand:\nDana Müller\nSami Yilmaz');
    expect(element.querySelector('a[href="mailto:info@verein-a.example"]')).not.toBeNull();
    expect(element.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(element.querySelector('.updated')?.textContent).toBe('Zuletzt aktualisiert am 3. März 2026');
  });

  it('renders the privacy policy’s controller and body', async () => {
    const element = await render({
      page: 'privacy',
      updatedAt: '2026-03-03T10:00:00.000Z',
      content: { controller: 'Verein A', contactEmail: 'datenschutz@verein-a.example', dataProtectionOfficer: undefined, body: 'Absatz 1\n\nAbsatz 2' },
    });
    expect([...element.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Verantwortliche Stelle', 'Informationen']);
    expect(element.textContent).toContain('Absatz 1\n\nAbsatz 2');
  });
});
