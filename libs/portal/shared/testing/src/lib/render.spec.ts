import { HttpXsrfTokenExtractor } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoPipe } from '@jsverse/transloco';

import { configure, dictionary, render, settle, ticks, type } from './render';
import { sessionFixture } from './session-fixture';

@Component({
  selector: 'kp-probe',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>{{ 'titles.home' | transloco }}</h1>
    <p>{{ label() }}</p>
    <input id="text" (input)="seen = 'input'" />
    <select id="choice" (change)="seen = 'change'"><option value="a">a</option><option value="b">b</option></select>`,
})
class ProbeComponent {
  readonly label = input('');
  seen = '';
}

describe('portal test helpers', () => {
  it('read the real dictionaries of the app', () => {
    for (const language of ['de', 'en'] as const) expect(Object.keys(dictionary(language))).toContain('titles');
  });

  it('render a component with inputs and translated texts, and type like a person', async () => {
    const http = await configure();
    const { fixture, element } = await render(ProbeComponent, { label: 'Hallo' });
    await settle(fixture);
    expect(element.querySelector('h1')?.textContent).toBe('Startseite');
    expect(element.querySelector('p')?.textContent).toBe('Hallo');
    type(element, '#text', 'x');
    expect(fixture.componentInstance.seen).toBe('input');
    type(element, '#choice', 'b');
    expect(fixture.componentInstance.seen).toBe('change');
    expect(() => type(element, '#missing', 'x')).toThrow('No field #missing');
    await ticks();
    http.verify();
  });

  it('stand in for the XSRF-TOKEN cookie only when asked to', async () => {
    await configure({ xsrfToken: null });
    expect(TestBed.inject(HttpXsrfTokenExtractor).getToken()).toBeNull();
  });

  it('build a signed-in person with or without an active organisation', () => {
    expect(sessionFixture().activeTenantId).toBeNull();
    const session = sessionFixture({ activeTenant: 'verein-a' });
    expect(session.activeTenantId).toBe(session.memberships[0]?.tenantId);
    expect(session.memberships.map((m) => m.role)).toEqual(['owner', 'viewer']);
  });
});
