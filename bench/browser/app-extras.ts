// Owns the app-only steps of the browser bench on a big graph: degree filter, reset, selecting the hub, focus, show all and a layout rerun, each driven through accessible names and timed in the page.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { GraphFile } from './graph-files';
import { type ExtraStep, type TimedStep, timeStep } from './measure';

const statusText = (page: Page) => page.getByRole('status', { name: 'Graph counts' }).textContent();
/** Counts without the "(showing …)" part: every entity is shown again. */
const ALL_SHOWN = 'relations$';
const SOME_HIDDEN = '\\(showing ';

/** Fills `extras` step by step, so the steps done before a failure are kept. */
export async function appExtras(
  page: Page,
  file: GraphFile,
  timeoutMs: number,
  extras: Record<string, ExtraStep>,
): Promise<void> {
  // BROWSER_BENCH_PROFILE_STEP=<the start of a step's name> saves a CPU profile of that step (Chrome DevTools format).
  const profiled = process.env.BROWSER_BENCH_PROFILE_STEP;
  const step = async (name: string, run: () => Promise<TimedStep>) => {
    const profile = profiled !== undefined && name.startsWith(profiled);
    const cdp = profile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    extras[name] = { ...(await run()), detail: (await statusText(page)) ?? '' };
    if (cdp) {
      const { profile: data } = await cdp.send('Profiler.stop');
      const path = `bench/results/profile-${file.name.replace(/\W+/g, '-')}-${name.replace(/\W+/g, '-')}.cpuprofile`;
      writeFileSync(path, JSON.stringify(data));
      console.log(`  saved a CPU profile of "${name}" to ${path}`);
    }
  };

  await step('degree filter (from 3)', () =>
    timeStep(
      page,
      { kind: 'app-counts', pattern: SOME_HIDDEN },
      'lastChangeAt',
      () => page.getByRole('slider', { name: 'Degree from' }).fill('3'),
      timeoutMs,
      'degree filter',
    ),
  );
  await step('reset filters', () =>
    timeStep(
      page,
      { kind: 'app-counts', pattern: ALL_SHOWN },
      'lastClickAt',
      () => page.getByRole('button', { name: 'Reset filters' }).click(),
      timeoutMs,
      'reset filters',
    ),
  );

  // The hub (highest degree), found through the search box as a user would.
  await page.getByRole('combobox', { name: 'Search entities' }).fill(file.hub);
  const option = page.getByRole('option', { name: new RegExp(`^${file.hub}(?!\\d)`) }).first();
  await option.waitFor({ timeout: timeoutMs });
  await step('select the hub (search result click)', () =>
    timeStep(
      page,
      { kind: 'text', selector: '#details-title', text: file.hub },
      'lastClickAt',
      () => option.click(),
      timeoutMs,
      'select',
    ),
  );
  await step('focus on selected (depth 1)', () =>
    timeStep(
      page,
      { kind: 'app-counts', pattern: SOME_HIDDEN },
      'lastClickAt',
      () => page.getByRole('button', { name: 'Focus on selected' }).click(),
      timeoutMs,
      'focus',
    ),
  );
  await step('show all', () =>
    timeStep(
      page,
      { kind: 'app-counts', pattern: ALL_SHOWN },
      'lastClickAt',
      () => page.getByRole('button', { name: 'Show all' }).click(),
      timeoutMs,
      'show all',
    ),
  );
  await step('layout rerun (Run layout again)', () =>
    timeStep(
      page,
      { kind: 'app-layout-done' },
      'lastClickAt',
      () => page.getByRole('button', { name: 'Run layout again' }).click(),
      timeoutMs,
      'layout rerun',
    ),
  );
}
