/// <reference lib="dom" />
// The mount page plus every view the package exports, found by shape rather than by a list, so a
// new view is tested without editing this page.
import * as exported from '../../../src/views/index.js';
import type { View } from '../../../src/index.js';
import { api } from './mount.page.js';

for (const value of Object.values(exported) as unknown[]) {
  const view = value as Partial<View>;
  if (
    typeof view === 'object' &&
    typeof view.build === 'function' &&
    typeof view.name === 'string' &&
    Array.isArray(view.install)
  ) {
    api.views[view.name] = view as View;
  }
}
