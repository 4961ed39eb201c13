import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { responseStatusWhen } from '@knotenpunkt/portal/shared/util';

@Component({
  selector: 'kp-not-found-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <div class="kp-container kp-page">
      <p class="kp-badge">404</p>
      <h1>{{ 'notFound.title' | transloco }}</h1>
      <p class="kp-page__lead">{{ 'notFound.text' | transloco }}</p>
      <a class="kp-button" routerLink="/">{{ 'notFound.back' | transloco }}</a>
    </div>
  `,
})
export default class NotFoundPage {
  constructor() {
    responseStatusWhen(() => true);
  }
}
