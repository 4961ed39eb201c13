import { Directive, ElementRef, Injector, afterNextRender, inject, input, output, signal } from '@angular/core';
import type { LegalPage, LegalPageId } from '@knotenpunkt/shared/contracts';
import type { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { TenantsApi } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import type { SafeParser } from '../../../forms/validation';
import { SubmitState } from '../../../forms/submit-state';

/**
 * What the three legal forms share: validate with the page's contracts schema, `PUT` the content,
 * show the api's field errors by `issues[].path`, and report the saved page.
 */
@Directive()
export abstract class LegalForm<C> {
  readonly tenantId = input.required<string>();
  readonly saved = output<LegalPage>();

  protected abstract readonly page: LegalPageId;
  protected abstract readonly schema: SafeParser<C>;
  protected abstract readonly state: SubmitState;
  /** The form's value in the shape of the schema's input. */
  protected abstract content(): unknown;

  private readonly api = inject(TenantsApi);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly savedAt = signal<string | null>(null);

  protected async save(): Promise<void> {
    if (this.state.busy()) return;
    this.savedAt.set(null);
    const content = this.state.check(this.schema, this.content());
    if (content === null) return;
    this.state.busy.set(true);
    try {
      const page = await firstValueFrom(this.api.saveLegal(this.tenantId(), this.page, content));
      this.savedAt.set(page.updatedAt);
      this.saved.emit(page);
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.legal-form__saved')?.focus(), {
        injector: this.injector,
      });
    } catch (error) {
      this.state.fail(error);
    } finally {
      this.state.busy.set(false);
    }
  }
}

export type SummaryRef = () => ErrorSummary | undefined;
