// THE STORY TEST. Every story of the built Storybook is opened by id (iframe.html?id=…) in real
// Chromium and fails on: a console error, an uncaught exception, a story or play function that
// threw, a chart that drew nothing, or an axe violation of serious or critical impact.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from './static-server.js';

const STATIC = fileURLToPath(new URL('../storybook-static', import.meta.url));
const CHROMIUM = process.env['LUOSHI_CHROMIUM'] ?? '/usr/bin/chromium';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface IndexEntry {
  type: string;
  id: string;
  title: string;
  name: string;
}

if (!existsSync(`${STATIC}/index.json`)) {
  throw new Error(
    `[@luoshi/storybook] no built Storybook in ${STATIC}: run \`npm run build-storybook\` first`,
  );
}
const stories = Object.values(
  (JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> })
    .entries,
).filter((entry) => entry.type === 'story');

let browser: Browser;
// One context for every story: the preview's scripts are fetched and compiled once, then cached.
let shared: BrowserContext;
let server: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `[@luoshi/storybook] the story test needs Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set LUOSHI_CHROMIUM`,
    );
  }
  server = await serveDirectory(STATIC);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  shared = await browser.newContext({ viewport: { width: 1366, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How far Storybook's preview got with the story (its render phase: `finished`, `errored`, …). */
function renderPhase(): string | undefined {
  const preview = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
    .__STORYBOOK_PREVIEW__;
  return preview?.currentRender?.phase;
}

const DONE = ['finished', 'completed', 'errored', 'aborted'];

/** Every chart on the page drew something: a canvas with more than one colour, or SVG shapes. */
async function undrawnCharts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const chart of document.querySelectorAll<HTMLElement>('.luoshi-chart')) {
      const name = chart.getAttribute('data-luoshi-view') ?? 'chart';
      const canvas = chart.querySelector('canvas');
      if (canvas !== null) {
        const context = canvas.getContext('2d');
        const { width, height } = canvas;
        if (context === null || width === 0 || height === 0) {
          problems.push(`${name}: an empty canvas`);
          continue;
        }
        const pixels = context.getImageData(0, 0, width, height).data;
        const first = pixels.slice(0, 4).join();
        let differs = false;
        for (let i = 4; i < pixels.length && !differs; i += 4 * 7)
          differs = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]},${pixels[i + 3]}` !== first;
        if (!differs) problems.push(`${name}: the canvas is one flat colour`);
      } else if (chart.querySelector('svg path, svg rect, svg text') === null) {
        problems.push(`${name}: drew neither a canvas nor SVG shapes`);
      }
    }
    return problems;
  });
}

describe('every story in Chromium', () => {
  it('finds the stories', () => {
    expect(stories.length).toBeGreaterThan(20);
  });

  it.concurrent.each(stories.map((story) => [`${story.title} › ${story.name}`, story.id] as const))(
    '%s',
    async (_name, id) => {
      const page = await shared.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('dialog', (dialog) => {
        errors.push(`a dialog opened (${dialog.message()}): markup from the data ran`);
        void dialog.dismiss();
      });
      try {
        await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
        // A story or play function that throws reports it as a console error (caught below).
        await page.waitForFunction(
          `(${renderPhase.toString()})() !== undefined && ${JSON.stringify(DONE)}.includes((${renderPhase.toString()})())`,
          undefined,
          {
            timeout: 90_000,
          },
        );
        const phase = await page.evaluate(renderPhase);
        expect(phase, 'how the story ended').not.toBe('errored');
        expect(await page.locator('.sb-show-errordisplay').count(), 'Storybook error display').toBe(0);
        // Charts draw in a layout effect; give ECharts its first frame before reading pixels.
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
        );
        expect(await undrawnCharts(page), 'charts that drew nothing').toEqual([]);

        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run(
                  context: unknown,
                  options: unknown,
                ): Promise<{
                  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
                }>;
              };
            }
          ).axe;
          const result = await axe.run(document.querySelector('#storybook-root') ?? document, {
            resultTypes: ['violations'],
          });
          return result.violations
            .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .map(
              (violation) =>
                `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
                  .map((node) => node.target.join(' '))
                  .slice(0, 3)
                  .join('; ')})`,
            );
        });
        expect(violations, 'axe serious/critical violations').toEqual([]);
        expect(errors, 'console errors and uncaught exceptions').toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
