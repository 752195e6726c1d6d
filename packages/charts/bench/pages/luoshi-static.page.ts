/// <reference lib="dom" />
// The static mode: server-rendered SVG in the HTML, made interactive by the tiny client.
import { hydrateAll } from '@luoshi/charts/static';
import { drawn } from './bench.page-shared.js';

hydrateAll(document, { onSelect: (selection) => console.log(selection.id) });
drawn();
