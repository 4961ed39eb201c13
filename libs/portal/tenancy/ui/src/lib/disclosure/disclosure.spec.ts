import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { Disclosure } from './disclosure';

@Component({
  selector: 'kp-test-host',
  imports: [Disclosure],
  template: `
    <kp-disclosure prefix="Organisation:" label="Verein A"><a href="/konto">Konto</a></kp-disclosure>
    <button id="outside">draußen</button>
  `,
})
class Host {}

async function render() {
  const fixture = TestBed.createComponent(Host);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const toggle = element.querySelector<HTMLButtonElement>('.disclosure__toggle');
  const panel = element.querySelector<HTMLElement>(`#${toggle?.getAttribute('aria-controls')}`);
  return { fixture, element, toggle, panel };
}

describe('Disclosure', () => {
  it('opens and closes with the button; Escape closes and returns focus', async () => {
    const { fixture, toggle, panel } = await render();
    expect(toggle?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Organisation: Verein A');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(panel?.hidden).toBe(true);
    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);
    panel?.querySelector('a')?.focus();
    panel?.querySelector('a')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(panel?.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
  });

  it('closes on a click outside', async () => {
    const { fixture, element, toggle, panel } = await render();
    toggle?.click();
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('#outside')?.click();
    await fixture.whenStable();
    expect(panel?.hidden).toBe(true);
  });
});
