import { Component, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { createTenantRequestSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { SessionStore, TENANT_TYPES, type TenantType, TenantsApi, apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { FieldError } from '../../forms/field-error';
import { SubmitState } from '../../forms/submit-state';
import { suggestSlug } from './slug';

/**
 * `/organisation-anlegen`: name, short name (suggested from the name until edited), type (the
 * eight tenant types) and optionally the short name of a parent organisation. The creator
 * becomes owner.
 */
@Component({
  selector: 'kp-create-tenant-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ErrorSummary, FieldError],
  templateUrl: './create-tenant-page.html',
})
export default class CreateTenantPage {
  private readonly api = inject(TenantsApi);
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly types = TENANT_TYPES;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: '',
    slug: '',
    type: '' as TenantType | '',
    parentSlug: '',
  });
  private readonly summary = viewChild(ErrorSummary);
  protected readonly state = new SubmitState('tenant', ['name', 'slug', 'type', 'parentSlug'], this.summary);
  /** Once the person types a short name themselves, the name no longer overwrites it. */
  private readonly slugEdited = signal(false);
  protected readonly slug = toSignal(this.form.controls.slug.valueChanges, { initialValue: '' });

  constructor() {
    this.form.controls.name.valueChanges.subscribe((name) => {
      if (!this.slugEdited()) this.form.controls.slug.setValue(suggestSlug(name));
    });
  }

  protected slugTyped(): void {
    this.slugEdited.set(this.form.controls.slug.value !== '');
  }

  protected async submit(): Promise<void> {
    if (this.state.busy()) return;
    const value = this.form.getRawValue();
    const request = this.state.check(createTenantRequestSchema, {
      ...value,
      type: value.type || undefined,
      parentSlug: value.parentSlug.trim() || null,
    });
    if (!request) return;
    this.state.busy.set(true);
    try {
      const tenant = await firstValueFrom(this.api.create(request));
      await this.store.refresh();
      await this.router.navigate(['/verwaltung', tenant.id, 'mitglieder'], { queryParams: { neu: 1 } });
    } catch (error) {
      const problem = apiProblemOf(error);
      // A taken short name or an unsuitable parent is about one field (codes from the api).
      const path = problem.code === 'slug-taken' ? 'slug' : problem.code?.startsWith('parent-') ? 'parentSlug' : null;
      if (path && !problem.issues.length) this.state.show([{ path, message: this.state.describe(problem) }], null);
      else this.state.fail(error);
    } finally {
      this.state.busy.set(false);
    }
  }
}
