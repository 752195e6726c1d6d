// Runs exactly `npm start` at the repository root, waits for the address it prints, and drives the
// served dashboard in Debian's Chromium. Browser tests never skip: no Chromium is a clear failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/** Where screenshots are kept as test artefacts (gitignored). */
export const artefacts = fileURLToPath(new URL('../../test-results/', import.meta.url));
/** Where the Chromium binary is: `LUOSHI_CHROMIUM` or Debian's package. */
export const CHROMIUM_PATH = process.env['LUOSHI_CHROMIUM'] ?? '/usr/bin/chromium';

/** The running `npm start`, and the address it printed. */
export interface Started {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Spawns `npm start` at the root (its own process group) and resolves with the printed address. */
export function startDashboard(): Promise<Started> {
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: repoRoot,
    detached: true,
    env: { ...process.env, PORT: '0', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        resolve();
      }
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /dashboard: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) resolve({ url: match[1]!, output: () => output, stop });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`npm start exited ${code} before printing an address:\n${output}`)),
    );
  });
}

/** Launches Chromium, or fails saying what to do. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `[@luoshi/demo] end-to-end tests need Chromium at ${CHROMIUM_PATH}${process.env['CI'] ? ' (CI=true)' : ''}: install it (apt-get install -y chromium) or set LUOSHI_CHROMIUM`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(browser: Browser, width = 1366): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return { page, errors };
}

/** Waits until the screen has rendered and every chart on it has drawn. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main h2', { timeout: 60_000 });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-chart]')].every((c) => c.getAttribute('data-drawn') === 'true'),
    undefined,
    { timeout: 60_000 },
  );
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical axe violations of the page, as `id: target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/** Saves a full-page screenshot under test-results/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artefacts, { recursive: true });
  await page.screenshot({ path: `${artefacts}${name}.png`, fullPage: true });
}
