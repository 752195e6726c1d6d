// End-to-end: `npm start` exactly as a newcomer runs it, then every screen in real Chromium.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  openPage,
  repoRoot,
  screenshot,
  seriousViolations,
  settled,
  startDashboard,
  type Started,
} from './support/dashboard.harness.js';

let started: Started;
let browser: Browser;
const seed = (file: string) => readFileSync(`${repoRoot}packages/fixtures/sources/${file}`);

beforeAll(async () => {
  [started, browser] = await Promise.all([startDashboard(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await started?.stop();
});

describe('npm start', () => {
  it('builds, prints a localhost address and serves the dashboard there', async () => {
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(started.url);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<div id="root">');
    expect(html).toMatch(/<script type="module"[^>]+src="\/assets\/index-[\w-]+\.js"/);
    // A screen's path is answered with the same page (the router takes over in the browser).
    expect((await fetch(`${started.url}tasks?j=haizhu`)).status).toBe(200);
  });
});

const ROUTES = [
  ['overview', ''],
  ['tasks', 'tasks?j=haizhu&y=2025'],
  ['task', 'task/haizhu-2024-task-division-t17?j=haizhu&y=2024'],
  ['follow-through', 'follow-through?j=haizhu&y=2024'],
  ['units', 'units?j=haizhu&y=2025'],
  ['compare', 'compare?y=2023'],
  ['import', 'import'],
] as const;

describe('every screen', () => {
  for (const [name, path] of ROUTES) {
    it(`${name} renders with no console error and no serious or critical axe violation, at 1366 and 390 px`, async () => {
      for (const [width, variant] of [
        [1366, 'lang=zh&theme=light'],
        [390, 'lang=en&theme=dark'],
      ] as const) {
        const { page, errors } = await openPage(browser, width);
        const url = `${started.url}${path}${path.includes('?') ? '&' : '?'}${variant}`;
        await page.goto(url);
        await settled(page);
        expect(await seriousViolations(page), `${name} at ${width}px`).toEqual([]);
        await screenshot(page, `${name}-${width}-${variant.replace(/[=&]/g, '-')}`);
        expect(errors, `console errors on ${url}`).toEqual([]);
        await page.context().close();
      }
    });
  }
});

describe('Overview', () => {
  it('shows Haizhu’s 2024 GDP growth of 5.4 %, beside last year’s 8.6 % and the 2025 target of 5.5 %', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${started.url}?j=haizhu&y=2024`);
    await settled(page);
    const gdp = page.locator('[data-indicator="gdp"]');
    await expect.poll(() => gdp.locator('[data-testid="actual"]').innerText()).toContain('5.4%');
    expect(await gdp.locator('[data-testid="change"]').innerText()).toContain('-3.2个百分点');
    expect(await gdp.locator('[data-testid="next-target"]').innerText()).toContain('5.5%');
    // The 2025 targets are drawn in the bullet chart, each with its status in words.
    const table = await page.locator('[data-chart^="bullet"]').locator('..').locator('table').textContent();
    expect(table).toContain('5.5');
    await page.context().close();
  });
});

describe('Tasks', () => {
  it('filtered by 区住建局 shows only its tasks, and the filter is in the URL', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${started.url}tasks?j=haizhu&y=2024`);
    await settled(page);
    const before = await page.locator('[data-testid="task-table"] tbody tr').count();
    const unitId = await page
      .locator('[data-testid="unit-filter"] option', { hasText: /^区住建局$/ })
      .getAttribute('value');
    if (!unitId) throw new Error('区住建局 is not among the unit filter’s options');
    await page.selectOption('[data-testid="unit-filter"]', unitId);
    await expect.poll(() => page.url()).toContain(`unit=${encodeURIComponent(unitId)}`);
    const rows = page.locator('[data-testid="task-table"] tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(before);
    // Each task is led by 区住建局 or lists it among its units (lead or support).
    const dataset = JSON.parse(readFileSync(`${repoRoot}packages/fixtures/data/guangzhou.json`, 'utf8'));
    const expected = dataset.tasks.filter(
      (t: { reportId: string; leadUnitIds: string[]; supportUnitIds: string[] }) =>
        t.reportId === 'haizhu-2024-task-division' &&
        (t.leadUnitIds.includes(unitId) || t.supportUnitIds.includes(unitId)),
    );
    expect(count).toBe(expected.length);
    await page.context().close();
  });

  it('a 2024 task that continues in 2025 shows its successor and an evidence quote', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${started.url}task/haizhu-2024-task-division-t17?j=haizhu&y=2024`);
    await settled(page);
    const successors = await page.locator('[data-testid="successors"]').innerText();
    expect(successors).toContain('2025 #55');
    expect(successors).toContain('环岛路');
    await page.goto(`${started.url}task/haizhu-2024-task-division-t10?j=haizhu&y=2024`);
    await settled(page);
    expect(await page.locator('[data-testid="evidence"] blockquote').first().innerText()).toContain(
      '广州塔广场开业运营',
    );
    await page.context().close();
  });
});

describe('Import', () => {
  it('a seed task list yields its task count; the import and a recorded status survive a reload', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${started.url}import?j=haizhu&y=2025`);
    await settled(page);
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'haizhu-2025-task-division.txt',
      mimeType: 'text/plain',
      buffer: seed('haizhu-2025-task-division.txt'),
    });
    await page.click('[data-testid="import-run"]');
    await expect
      .poll(() => page.locator('[data-testid="import-counts"]').innerText(), { timeout: 60_000 })
      .toMatch(/已导入：90 项任务/);
    await page.reload();
    await settled(page);
    expect(await page.locator('[data-testid="imported-list"]').innerText()).toContain(
      'haizhu-2025-task-division.txt — 90',
    );

    await page.goto(`${started.url}task/haizhu-2024-task-division-t10?j=haizhu&y=2024`);
    await settled(page);
    await page.selectOption('[data-testid="record-status"]', 'partly-completed');
    await page.fill('[data-testid="record-note"]', '南广场已开放，北侧仍在施工');
    await page.click('[data-testid="record-save"]');
    await expect.poll(() => page.locator('[data-testid="history"]').innerText()).toContain('北侧仍在施工');
    await page.reload();
    await settled(page);
    expect(await page.locator('[data-testid="history"]').innerText()).toContain('南广场已开放，北侧仍在施工');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a malformed task list shows its diagnostics with line numbers', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${started.url}import?j=haizhu&y=2025`);
    await settled(page);
    const malformed = [
      '区政府2025年重点工作及责任分工',
      '序号\t重点任务\t牵头单位',
      '1\t建设花市博物馆\t区住建局',
      '3\t推进海珠湿地升级\t区林业和湿地局',
      '2\t',
      '4\t打造琶洲试验区',
    ].join('\n');
    await page.selectOption('[data-testid="import-kind"]', 'task-division');
    await page.fill('[data-testid="import-text"]', malformed);
    await page.click('[data-testid="import-run"]');
    const items = page.locator('[data-testid="diagnostics"] li[data-line]');
    await expect.poll(() => items.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const lines = await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-line'))));
    expect(lines.every((n) => n >= 1 && n <= 6)).toBe(true);
    expect(await items.first().innerText()).toMatch(/^第 \d 行：/);
    await page.context().close();
  });

  it('a GB18030 file imports, read as GB18030', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${started.url}import?j=haizhu&y=2024`);
    await settled(page);
    const text = seed('haizhu-2024-task-division.txt').toString('utf8');
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'haizhu-2024-gb18030.txt',
      mimeType: 'text/plain',
      buffer: iconv.encode(text, 'gb18030'),
    });
    await page.click('[data-testid="import-run"]');
    await expect
      .poll(() => page.locator('[data-testid="import-counts"]').innerText(), { timeout: 60_000 })
      .toMatch(/已导入：110 项任务.*GB18030/);
    await page.context().close();
  });
});

describe('the IndexedDB store', () => {
  it('upgrades a version-1 database and keeps its imports', async () => {
    const { page, errors } = await openPage(browser);
    // A blank page of the same origin, to write a v1 database before the dashboard ever opens it.
    await page.route('**/__blank', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
    );
    await page.goto(`${started.url}__blank`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('luoshi-demo', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('documents', { keyPath: 'id' });
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('documents', 'readwrite');
            tx.objectStore('documents').put({
              id: 'v1-doc',
              name: 'kept-from-v1.txt',
              kind: 'task-division',
              dataset: {
                schemaVersion: 2,
                jurisdictions: [{ id: 'haizhu', name: '海珠区', level: 'district' }],
                reports: [],
                units: [],
                indicators: [],
                targets: [],
                observations: [],
                tasks: [],
              },
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await page.goto(`${started.url}import?j=haizhu`);
    await settled(page);
    await expect
      .poll(() => page.locator('[data-testid="imported-list"]').innerText())
      .toContain('kept-from-v1.txt');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.context().close();
  });
});

describe('language and shared links', () => {
  it('the language switch changes the labels', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${started.url}?j=haizhu&y=2024`);
    await settled(page);
    expect(await page.locator('nav.tabs').innerText()).toContain('重点任务');
    await page.click('[data-testid="lang"]');
    await expect.poll(() => page.locator('nav.tabs').innerText()).toContain('Tasks');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(page.url()).toContain('lang=en');
    await page.context().close();
  });

  it('a shared URL restores the same screen: jurisdiction, year, filters, language and theme', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${started.url}tasks?j=haizhu&y=2024`);
    await settled(page);
    await page.fill('[data-testid="q"]', '湿地');
    await page.click('[data-testid="theme"]');
    await page.click('[data-testid="lang"]');
    await expect.poll(() => page.url()).toContain('lang=en');
    const shared = page.url();
    const shownHere = await page.locator('[data-testid="task-table"] tbody').innerText();
    const other = await openPage(browser, 390);
    await other.page.goto(shared);
    await settled(other.page);
    expect(await other.page.locator('[data-testid="q"]').inputValue()).toBe('湿地');
    expect(await other.page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await other.page.locator('[data-testid="year"]').inputValue()).toBe('2024');
    expect(await other.page.locator('[data-testid="task-table"] tbody').innerText()).toBe(shownHere);
    await page.context().close();
    await other.page.context().close();
  });
});
