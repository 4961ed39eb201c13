import { bootstrapApplication } from '@angular/platform-browser';

import { App } from './app/app';
import { appConfig } from './app/app.config';

// Started in a task of its own: evaluating the bundle and starting the app (injectors, initializers)
// each stay short on a slow phone instead of adding up to one long task (mobile Total Blocking Time).
setTimeout(() => bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error)));
