import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Audience groups, in the order they are shown; each has a title and a text in the dictionary. */
export const AUDIENCES = ['initiatives', 'providers', 'umbrellas', 'coordinators', 'projects', 'subscribers'] as const;

/** Start page: what Knotenpunkt is for, who it serves, and the two ways in. Needs no api. */
@Component({
  selector: 'kp-home-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
})
export default class HomePage {
  protected readonly audiences = AUDIENCES;
}
