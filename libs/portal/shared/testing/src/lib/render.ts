import { readFileSync } from 'node:fs';
import path from 'node:path';

import { HttpXsrfTokenExtractor, provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus, type Provider, type Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { type Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import type { Translation } from '@jsverse/transloco';
import { acceptLanguageInterceptor, provideI18n } from '@knotenpunkt/portal/shared/util';

/** The portal's real dictionaries, so the tests read the texts people see. */
export function dictionary(language: 'de' | 'en'): Translation {
  const file = path.resolve(__dirname, '../../../../../../apps/portal/src/i18n', `${language}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Translation;
}

export interface TestSetup {
  routes?: Routes;
  providers?: Provider[];
  /** Value of the XSRF-TOKEN cookie; `null`: none (logged out, no session request). */
  xsrfToken?: string | null;
}

/** TestBed like the app: router with input binding, HttpClient (testing backend), real dictionaries. */
export async function configure(setup: TestSetup = {}): Promise<HttpTestingController> {
  localStorage.clear();
  // The language choice is also kept in a cookie (read by server rendering and as a fallback).
  document.cookie = 'kp-lang=; Path=/; Max-Age=0';
  window.history.replaceState({}, '', '/');
  TestBed.configureTestingModule({
    providers: [
      provideRouter(setup.routes ?? [], withComponentInputBinding()),
      provideHttpClient(withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }), withInterceptors([acceptLanguageInterceptor])),
      provideHttpClientTesting(),
      provideI18n({ loader: (language) => Promise.resolve(dictionary(language)) }),
      ...(setup.xsrfToken === undefined ? [] : [{ provide: HttpXsrfTokenExtractor, useValue: { getToken: () => setup.xsrfToken } }]),
      ...(setup.providers ?? []),
    ],
  });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  return TestBed.inject(HttpTestingController);
}

export async function render<T>(component: Type<T>, inputs: Record<string, unknown> = {}): Promise<{ fixture: ComponentFixture<T>; element: HTMLElement }> {
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

/** Types into a field like a person (value + input event), so reactive forms see it. */
export function type(element: HTMLElement, selector: string, value: string): void {
  const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
  if (!field) throw new Error(`No field ${selector}`);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}

/** Lets pending promises, HttpClient callbacks and rendering settle. */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}

/** Lets timers, HttpClient callbacks and zoneless rendering run without waiting for open requests. */
export async function ticks(count = 5): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve));
}
