import { Component, DestroyRef, ElementRef, Injector, afterNextRender, computed, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { FieldIssue, ImportIssue, ImportRun } from '@knotenpunkt/shared/contracts';
import { CatalogueApiService, importFinished } from '@knotenpunkt/portal/catalogue/data-access';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { type Subscription, firstValueFrom } from 'rxjs';

import { WorkspaceContext } from '../../workspace-context';

export const IMPORT_FILE_PATTERN = /\.(jsonld|json)$/i;
export const IMPORT_FILE_INPUT_ID = 'import-file';

/** Errors before warnings; otherwise the api's order (document order). */
export function sortedIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

interface PageProblem {
  readonly message: string;
  readonly issues: readonly FieldIssue[];
}

/**
 * `/arbeitsbereich/import`: upload an exchange file (.jsonld/.json), let a dry run report what
 * would change (counts for offers, partners and sessions, one line per offer, the issues with node
 * and property, errors first), and commit it with "Übernehmen" only when the dry run succeeded.
 * Progress is a `role="progressbar"`; phases are announced in a polite live region; the finished
 * report's heading takes the focus. Issue texts come from the api in the request's language, so a
 * language switch asks for the finished run again.
 */
@Component({
  selector: 'kp-import-page',
  imports: [TranslocoPipe, RouterLink, ErrorSummary],
  templateUrl: './import-page.html',
  styleUrl: './import-page.css',
})
export default class ImportPage {
  protected readonly context = inject(WorkspaceContext);
  protected readonly language = inject(LanguageService);
  private readonly api = inject(CatalogueApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);

  protected readonly fileInputId = IMPORT_FILE_INPUT_ID;
  protected readonly file = signal<File | null>(null);
  protected readonly publish = signal(false);
  protected readonly fileError = signal<string | null>(null);
  protected readonly problem = signal<PageProblem | null>(null);
  protected readonly starting = signal(false);
  /** The dry run of the chosen file, and the commit started from it. */
  protected readonly dryRun = signal<ImportRun | null>(null);
  protected readonly commitRun = signal<ImportRun | null>(null);
  protected readonly announcement = signal('');

  protected readonly current = computed(() => this.commitRun() ?? this.dryRun());
  protected readonly running = computed(() => {
    const run = this.current();
    return run !== null && !importFinished(run);
  });
  protected readonly finished = computed(() => {
    const run = this.current();
    return run !== null && importFinished(run) ? run : null;
  });
  protected readonly canCommit = computed(() => this.dryRun()?.status === 'succeeded' && this.commitRun() === null);
  protected readonly issues = computed(() => sortedIssues(this.finished()?.issues ?? []));
  protected readonly errorCount = computed(() => this.issues().filter((issue) => issue.severity === 'error').length);
  protected readonly warningCount = computed(() => this.issues().length - this.errorCount());
  protected readonly fieldErrors = computed(() => {
    const message = this.fileError();
    return message ? [{ id: IMPORT_FILE_INPUT_ID, message }] : [];
  });

  private readonly summaryBox = viewChild<ErrorSummary>('summaryBox');
  private readonly reportTitle = viewChild<ElementRef<HTMLElement>>('reportTitle');
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private polling: Subscription | null = null;
  private lastLanguage = this.language.current();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.polling?.unsubscribe());
    // Another organisation chosen in the header: this page starts over for it.
    let tenantId = this.context.tenantId();
    effect(() => {
      const next = this.context.tenantId();
      if (next !== tenantId) {
        tenantId = next;
        untracked(() => this.reset());
      }
    });
    // Issue messages are worded by the api in the request's language: ask again after a switch.
    effect(() => {
      const language = this.language.current();
      if (language === this.lastLanguage) return;
      this.lastLanguage = language;
      untracked(() => this.refreshFinished());
    });
  }

  protected pick(input: HTMLInputElement): void {
    this.file.set(input.files?.item(0) ?? null);
    this.fileError.set(null);
  }

  protected async startDryRun(event: Event): Promise<void> {
    event.preventDefault();
    if (this.starting() || this.running()) return;
    const file = this.file();
    const fileError = !file ? 'catalogueImport.file.required' : !IMPORT_FILE_PATTERN.test(file.name) ? 'catalogueImport.file.type' : null;
    this.problem.set(null);
    if (fileError || !file) {
      this.fileError.set(this.t(fileError ?? 'catalogueImport.file.required'));
      this.summaryBox()?.focus();
      return;
    }
    this.fileError.set(null);
    this.starting.set(true);
    this.dryRun.set(null);
    this.commitRun.set(null);
    try {
      const text = await file.text();
      const run = await firstValueFrom(this.api.startImport(this.context.tenantId(), text, { mode: 'dry-run', fileName: file.name, publish: this.publish() }));
      this.dryRun.set(run);
      this.announce('catalogueImport.live.dryRunStarted');
      this.follow(run, (next) => this.dryRun.set(next));
    } catch (error) {
      this.fail(error);
    } finally {
      this.starting.set(false);
    }
  }

  protected async commit(): Promise<void> {
    const dryRun = this.dryRun();
    if (!dryRun || !this.canCommit() || this.starting()) return;
    this.starting.set(true);
    this.problem.set(null);
    try {
      const run = await firstValueFrom(this.api.commitImport(this.context.tenantId(), dryRun.id));
      this.commitRun.set(run);
      this.announce('catalogueImport.live.commitStarted');
      this.follow(run, (next) => this.commitRun.set(next));
    } catch (error) {
      this.fail(error);
    } finally {
      this.starting.set(false);
    }
  }

  /** Back to the start: choose another file. */
  protected reset(): void {
    this.polling?.unsubscribe();
    this.polling = null;
    this.dryRun.set(null);
    this.commitRun.set(null);
    this.problem.set(null);
    this.fileError.set(null);
    this.file.set(null);
    const input = this.fileInput()?.nativeElement;
    if (input) input.value = '';
    // The form comes back (it is hidden while a run is shown): focus its file field.
    afterNextRender(() => this.fileInput()?.nativeElement.focus(), { injector: this.injector });
  }

  protected sizeOf(bytes: number): string {
    const language = this.language.current();
    if (bytes < 1024) return new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
    return new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1024);
  }

  /** Polls a run until it has finished, then announces the result and focuses the report. */
  private follow(run: ImportRun, update: (run: ImportRun) => void): void {
    this.polling?.unsubscribe();
    const done = () => {
      const finished = this.finished();
      if (!finished) return;
      this.announce(this.outcomeKey(finished));
      afterNextRender(() => this.reportTitle()?.nativeElement.focus(), { injector: this.injector });
    };
    if (importFinished(run)) {
      done();
      return;
    }
    this.polling = this.api.pollImport(this.context.tenantId(), run.id).subscribe({
      next: (next) => {
        update(next);
        if (importFinished(next)) done();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected outcomeKey(run: ImportRun): string {
    if (run.mode === 'commit') return run.status === 'succeeded' ? 'catalogueImport.report.commitOk' : 'catalogueImport.report.commitFailed';
    return run.status === 'succeeded' ? 'catalogueImport.report.dryRunOk' : 'catalogueImport.report.dryRunFailed';
  }

  private refreshFinished(): void {
    const tenantId = this.context.tenantId();
    for (const [run, update] of [
      [this.dryRun(), (next: ImportRun) => this.dryRun.set(next)],
      [this.commitRun(), (next: ImportRun) => this.commitRun.set(next)],
    ] as const) {
      if (!run || !importFinished(run)) continue;
      this.api.importRun(tenantId, run.id).subscribe({ next: update, error: () => undefined });
    }
  }

  private fail(error: unknown): void {
    const problem = apiProblemOf(error);
    this.problem.set({
      message: problem.status === 0 ? this.t('forms.unreachable') : (problem.message ?? this.t('forms.failed')),
      issues: problem.issues,
    });
    this.summaryBox()?.focus();
  }

  private announce(key: string): void {
    this.announcement.set(this.t(key));
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.language.current());
  }
}
