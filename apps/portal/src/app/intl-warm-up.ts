/** Runs `task` in a task of its own (a macrotask), so that the browser may paint or handle input in between. */
export type TaskScheduler = (task: () => void) => void;

const nextTask: TaskScheduler = (task) => setTimeout(task);

/**
 * The first Intl formatter of a page load pays for starting ICU (locale data, time zones): some
 * 15 ms on a laptop and several times that on a phone. The public pages format dates, prices and
 * language names while they hydrate, so that cost used to land in the middle of the longest task
 * of the start. Creating one formatter of each kind early, each in a small task of its own while
 * the app waits for its translation and page chunks, moves it out of there; the pages' own
 * formatters (catalogue data-access `offer-format.ts`) are then cheap to create.
 * Failures are ignored: a formatter missing here is simply created later, when a page needs it.
 */
export function warmUpIntl(language: string, schedule: TaskScheduler = nextTask): void {
  const steps: (() => unknown)[] = [
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(0),
    () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(0),
    () => new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(1),
    () => new Intl.DisplayNames(language, { type: 'language' }).of('de'),
    () => new Intl.ListFormat(language, { type: 'conjunction' }).format(['a', 'b']),
  ];
  const run = (): void => {
    const step = steps.shift();
    if (!step) return;
    try {
      step();
    } catch {
      // Not warmed up; the page creates its formatter when it needs it.
    }
    schedule(run);
  };
  schedule(run);
}
