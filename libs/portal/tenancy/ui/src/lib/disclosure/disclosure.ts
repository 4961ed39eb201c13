import { Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';

let nextId = 0;

/**
 * A button that shows and hides a panel below it (WAI-ARIA disclosure pattern, not a `menu`
 * role: the panel holds ordinary links and buttons reached with Tab). Escape closes it and puts
 * focus back on the button; so does moving focus or clicking outside.
 *
 * ```html
 * <kp-disclosure #menu [label]="name">
 *   <a routerLink="/konto" (click)="menu.close()">Konto</a>
 * </kp-disclosure>
 * ```
 */
@Component({
  selector: 'kp-disclosure',
  host: {
    class: 'disclosure',
    '(keydown.escape)': 'close(true)',
    '(focusout)': 'onFocusOut($event)',
    '(document:click)': 'onDocumentClick($event)',
  },
  template: `
    <button
      #toggleButton
      type="button"
      class="disclosure__toggle"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="panelId"
      (click)="toggle()"
    >
      @switch (icon()) {
        @case ('organisation') {
          <svg class="disclosure__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M2 14V5l4-2v11M6 14V7h8v7M2 14h12M8.5 9.5h1M11 9.5h1M8.5 12h1M11 12h1" fill="none" stroke="currentColor" stroke-width="1.5" />
          </svg>
        }
        @case ('person') {
          <svg class="disclosure__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="5" r="3" fill="none" stroke="currentColor" stroke-width="1.5" />
            <path d="M2.5 14.5c.5-3 2.7-4.5 5.5-4.5s5 1.5 5.5 4.5" fill="none" stroke="currentColor" stroke-width="1.5" />
          </svg>
        }
      }
      @if (prefix()) {
        <span class="disclosure__prefix" [class.disclosure__prefix--hidden]="hidePrefix()">{{ prefix() + ' ' }}</span>
      }
      <span class="disclosure__label">{{ label() }}</span>
      <svg class="disclosure__chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
    </button>
    <div class="disclosure__panel" [id]="panelId" [hidden]="!open()">
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      position: relative;
      display: inline-block;
    }
    .disclosure__toggle {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      max-width: 100%;
      min-height: 2.5rem;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--kp-border);
      border-radius: 999px;
      font: inherit;
      font-size: 0.9375rem;
      font-weight: 600;
      color: var(--kp-ink);
      background: var(--kp-surface);
      cursor: pointer;
    }
    .disclosure__toggle:hover,
    .disclosure__toggle[aria-expanded='true'] {
      background: var(--kp-surface-tint);
    }
    .disclosure__prefix {
      font-weight: 400;
      color: var(--kp-muted);
    }
    /* Still part of the button's name for screen readers, just not shown. */
    .disclosure__prefix--hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .disclosure__icon {
      flex: none;
      width: 1.125rem;
      height: 1.125rem;
      color: var(--kp-primary);
    }
    .disclosure__label {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      max-width: 14rem;
    }
    .disclosure__chevron {
      flex: none;
      width: 1rem;
      height: 1rem;
    }
    .disclosure__panel {
      position: absolute;
      z-index: 20;
      inset-inline-end: 0;
      top: calc(100% + 0.375rem);
      min-width: 16rem;
      max-width: min(22rem, calc(100vw - 2rem));
      padding: 0.5rem;
      border: 1px solid var(--kp-border);
      border-radius: var(--kp-radius-small);
      background: var(--kp-surface);
      box-shadow: var(--kp-shadow);
    }
    .disclosure__panel[hidden] {
      display: none;
    }
    /* Below 80rem the icon says what the button is about; the prefix stays for screen readers. */
    @media (max-width: 80rem) {
      .disclosure__prefix {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .disclosure__label {
        max-width: 12rem;
      }
    }
    @media (max-width: 40rem) {
      .disclosure__panel {
        inset-inline: 0 auto;
      }
      .disclosure__prefix {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .disclosure__label {
        max-width: 9.5rem;
      }
    }
  `,
})
export class Disclosure {
  /** Visible text of the button (the current choice, e.g. the active organisation). */
  readonly label = input.required<string>();
  /** Muted text before the label, e.g. "Organisation:" (on small screens only for screen readers). */
  readonly prefix = input<string>();
  /** Keep the prefix for screen readers only, on every screen. */
  readonly hidePrefix = input(false);
  readonly icon = input<'organisation' | 'person' | null>(null);

  protected readonly panelId = `kp-disclosure-${++nextId}`;
  readonly open = signal(false);
  private readonly toggleButton = viewChild.required<ElementRef<HTMLButtonElement>>('toggleButton');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  toggle(): void {
    this.open.update((open) => !open);
  }

  close(returnFocus = false): void {
    if (!this.open()) return;
    this.open.set(false);
    if (returnFocus) this.toggleButton().nativeElement.focus();
  }

  protected onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && !this.host.nativeElement.contains(next)) this.close();
  }

  protected onDocumentClick(event: MouseEvent): void {
    if (event.target instanceof Node && !this.host.nativeElement.contains(event.target)) this.close();
  }
}
