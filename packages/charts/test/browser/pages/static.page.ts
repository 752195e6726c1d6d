/// <reference lib="dom" />
// The page for the static mode: server-rendered SVG charts, hydrated by the tiny client alone.
import { hydrateAll } from '../../../src/static/index.js';
import { trapScripts } from './page.probe.js';

trapScripts();
hydrateAll(document, { onSelect: (selection) => window.__log.selections.push(selection) });
document.body.setAttribute('data-hydrated', 'true');
