// The route tree: one code-split chunk per screen (lazyRouteComponent), search params validated once
// at the root and shared by every screen.
import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { Layout } from './layout.js';
import { validateSearch } from './search.js';

const root = createRootRoute({ validateSearch, component: Layout });

const screen = (path: string, load: () => Promise<Record<string, unknown>>, name: string) =>
  createRoute({
    getParentRoute: () => root,
    path,
    component: lazyRouteComponent(load as never, name as never),
  });

const routeTree = root.addChildren([
  screen('/', () => import('../routes/overview/overview.route.js'), 'OverviewRoute'),
  screen('/tasks', () => import('../routes/tasks/tasks.route.js'), 'TasksRoute'),
  screen('/task/$taskId', () => import('../routes/task/task.route.js'), 'TaskRoute'),
  screen(
    '/follow-through',
    () => import('../routes/follow-through/follow-through.route.js'),
    'FollowThroughRoute',
  ),
  screen('/units', () => import('../routes/units/units.route.js'), 'UnitsRoute'),
  screen('/compare', () => import('../routes/compare/compare.route.js'), 'CompareRoute'),
  screen('/import', () => import('../routes/import/import.route.js'), 'ImportRoute'),
]);

/** The dashboard's router. */
export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });
