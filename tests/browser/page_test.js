// SPDX-License-Identifier: MIT
// End-to-end test of the savant page in a real browser: Debian's chromium,
// headless, driven by playwright-core. It indexes corpus/ (plus a hostile
// publication list), starts `savant serve` on a free port, and walks what a
// recruiter does: search, narrow by venue and year, open a researcher, follow
// "similar". Counts on the page are checked against the API's own answers, so
// nothing here is hard-coded to the corpus. Screenshots go to the artifacts
// directory. The server is always stopped.
//
// Usage: node page_test.js SAVANT_BIN CORPUS_DIR ARTIFACTS_DIR
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');

const [savantBin, corpusDir, artifactsDir] = process.argv.slice(2);
if (!savantBin || !corpusDir || !artifactsDir) {
  console.error('usage: node page_test.js SAVANT_BIN CORPUS_DIR ARTIFACTS_DIR');
  process.exit(2);
}
const CHROMIUM = process.env.SAVANT_CHROMIUM || '/usr/bin/chromium';
const fixtures = path.join(__dirname, 'fixtures');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'savant-browser-'));
fs.mkdirSync(artifactsDir, { recursive: true });

let server = null;
let context = null;

function stopServer() {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
}
process.on('exit', () => {
  stopServer();
  fs.rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { stopServer(); process.exit(1); });
}

function step(name) {
  console.log(`--- ${name}`);
}

function buildIndex(db) {
  const r = spawnSync(savantBin, ['index', '--db', db, '--quiet', corpusDir, fixtures], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `savant index failed: ${r.stderr}`);
}

// Starts `savant serve --port 0` and resolves with the base URL it prints.
function startServer(db) {
  return new Promise((resolve, reject) => {
    server = spawn(savantBin, ['serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 20000);
    server.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = stderr.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

async function apiJson(page, base, url) {
  const response = await page.request.get(base + url);
  assert.equal(response.status(), 200, `${url}: ${response.status()}`);
  return response.json();
}

// The search's total, once the page shows the answer to the current URL.
async function shownTotal(page) {
  await page.waitForFunction(() => !document.body.classList.contains('is-loading'));
  const total = await page.locator('#summary .total').getAttribute('data-total');
  return Number(total);
}

async function cardNames(page) {
  return page.locator('#results .result .name').allTextContents();
}

async function facetCounts(page, facet) {
  return page.evaluate((name) => {
    const out = {};
    for (const b of document.querySelectorAll(`[data-facet="${name}"]`)) {
      if (b.getAttribute('aria-pressed') === 'true') continue;
      const count = name === 'year'
        ? Number((b.getAttribute('title') || '').match(/: (\d+)/)[1])
        : Number(b.querySelector('.facet-count').textContent);
      out[b.dataset.value] = count;
    }
    return out;
  }, facet);
}

async function expectPageMatchesApi(page, base, apiQuery) {
  const api = await apiJson(page, base, `/api/search?${apiQuery}&limit=10`);
  assert.equal(await shownTotal(page), api.total, `total for ${apiQuery}`);
  assert.deepEqual(await cardNames(page), api.results.map((r) => r.name), `cards for ${apiQuery}`);
  return api;
}

async function run() {
  const db = path.join(work, 'index');
  step('index corpus/ and the hostile fixture');
  buildIndex(db);
  const base = await startServer(db);
  step(`server at ${base}`);

  context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  // Offline: the page must need nothing but its own server.
  await page.route('**/*', (route) => (route.request().url().startsWith(base)
    ? route.continue() : route.abort()));

  step('home page');
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.getElementById('index-info').textContent.length > 0);
  await shownTotal(page);
  const stats = await apiJson(page, base, '/api/stats');
  assert.match(await page.locator('#index-info').textContent(), new RegExp(`${stats.researchers}`));
  await shot(page, '01-home');

  step('suggestions from the taxonomy, by keyboard');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
  await page.keyboard.type('mixture of exp');
  await page.locator('#suggestions').waitFor({ state: 'visible' });
  const firstSuggestion = await page.locator('#suggestions .suggestion-label').first().textContent();
  assert.match(firstSuggestion, /mixture of experts/i);
  await shot(page, '02-suggestions');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === firstSuggestion);

  step('search "mixture of experts"');
  await page.fill('#q', 'mixture of experts');
  await page.keyboard.press('Escape');
  await page.locator('#q').press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === 'mixture of experts');
  const q = 'q=mixture+of+experts';
  const all = await expectPageMatchesApi(page, base, q);
  assert.ok(all.total >= 3, `expected several researchers, got ${all.total}`);
  assert.ok(await page.locator('#results mark').count() > 0, 'snippets highlight the matches');
  // "Why this rank?" adds up to the score shown on the card.
  const why = page.locator('#results .result').first().locator('details.why');
  await why.locator('summary').click();
  assert.ok(await why.locator('.why-unit').count() > 0, 'the explanation lists evidence');
  assert.match(await why.locator('.why-sum').textContent(), new RegExp(`Score ${all.results[0].score.toFixed(2)}`));
  await page.locator('#results .result').first().screenshot({ path: path.join(artifactsDir, '03-why.png') });
  const venues = await facetCounts(page, 'venue');
  assert.deepEqual(venues, Object.fromEntries(Object.entries(all.facets.venue)));
  await shot(page, '03-search');

  step('click a venue facet');
  // The venue with the most researchers, but fewer than all: the list must shrink.
  const [venue, venueCount] = Object.entries(venues)
    .filter(([, c]) => c < all.total).sort((a, b) => b[1] - a[1])[0];
  await page.click(`[data-facet="venue"][data-value="${venue}"]`);
  await page.waitForURL((url) => url.searchParams.get('venue') === venue);
  const byVenue = await expectPageMatchesApi(page, base, `${q}&venue=${encodeURIComponent(venue)}`);
  assert.equal(byVenue.total, venueCount, 'the facet count is what clicking it gives');
  assert.ok(byVenue.total < all.total);
  for (const card of await page.locator('#results .result').all()) {
    const badges = await card.locator('.badge-venue').allTextContents();
    assert.ok(badges.includes(venue), `every card shows ${venue} evidence`);
  }
  assert.equal(await page.locator(`[data-facet="venue"][data-value="${venue}"]`).getAttribute('aria-pressed'), 'true');
  const yearsAfter = await facetCounts(page, 'year');
  // The histogram shows the most recent years (at most 12) with the API's counts.
  const recentYears = Object.entries(byVenue.facets.year).sort((a, b) => a[0].localeCompare(b[0])).slice(-12);
  assert.deepEqual(yearsAfter, Object.fromEntries(recentYears), 'year counts follow the venue filter');
  assert.notDeepEqual(byVenue.facets.year, all.facets.year, 'and they changed');
  await shot(page, '04-venue');

  step('combine with a year');
  const [year, yearCount] = Object.entries(yearsAfter).sort((a, b) => b[1] - a[1])[0];
  await page.click(`[data-facet="year"][data-value="${year}"]`);
  await page.waitForURL((url) => url.searchParams.get('year') === year && url.searchParams.get('venue') === venue);
  const byBoth = await expectPageMatchesApi(page, base, `${q}&venue=${encodeURIComponent(venue)}&year=${year}`);
  assert.equal(byBoth.total, yearCount);
  assert.equal(await page.locator('#active-filters [data-filter]').count(), 2);
  await page.click('#active-filters [data-filter="year"]');
  await page.waitForURL((url) => !url.searchParams.has('year'));
  assert.equal(await shownTotal(page), byVenue.total);
  const searchUrl = page.url();

  step('open a researcher');
  const firstName = (await cardNames(page))[0];
  const firstId = byVenue.results[0].id;
  await page.locator('#results .result .researcher-link').first().click();
  await page.waitForURL(`${base}/researchers/${firstId}`);
  await page.locator('.profile-name').waitFor();
  assert.equal(await page.locator('.profile-name').textContent(), firstName);
  const profile = await apiJson(page, base, `/api/researchers/${firstId}`);
  assert.equal(await page.locator('.profile-main .evidence').count(), profile.evidence.length,
    'the full merged record');
  await page.locator('#similar-list .similar-link').first().waitFor();
  await shot(page, '05-researcher');

  step('follow "similar"');
  const similar = await apiJson(page, base, `/api/similar/${firstId}?limit=6&evidence=0`);
  assert.deepEqual(await page.locator('#similar-list .similar-link').allTextContents(),
    similar.results.map((r) => r.name));
  const other = similar.results[0];
  await page.locator('#similar-list .similar-link').first().click();
  await page.waitForURL(`${base}/researchers/${other.id}`);
  await page.waitForFunction((name) => document.querySelector('.profile-name')?.textContent === name, other.name);
  await shot(page, '06-similar');

  step('back twice: the search, from the URL');
  await page.goBack();
  await page.waitForFunction((name) => document.querySelector('.profile-name')?.textContent === name, firstName);
  await page.goBack();
  await page.waitForURL(searchUrl);
  assert.equal(await shownTotal(page), byVenue.total);

  step('a shared URL opens the same search');
  const shared = await context.newPage();
  await shared.goto(searchUrl);
  assert.equal(await shownTotal(shared), byVenue.total);
  assert.deepEqual(await cardNames(shared), byVenue.results.map((r) => r.name));
  await shared.close();

  step('document markup is shown as text');
  await page.goto(`${base}/?q=${encodeURIComponent('gated sparse routing')}`);
  await shownTotal(page);
  const card = page.locator('#results .result', { hasText: 'Mallory Hacker' });
  await card.waitFor();
  assert.match(await card.textContent(), /Gated sparse routing <script>window\.__pwned = 1<\/script> for retrieval/);
  await page.locator('#results .result .researcher-link', { hasText: 'Mallory Hacker' }).click();
  await page.locator('.profile-name').waitFor();
  assert.match(await page.locator('.profile-main').textContent(), /<img src=x onerror="window\.__pwned = 2">/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no document script ran');
  assert.equal(await page.locator('img[src="x"], .profile-main script, #results script').count(), 0);
  await shot(page, '07-escaped');

  step('phone width');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(searchUrl);
  await shownTotal(page);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    'no sideways scrolling at 390 px');
  assert.ok(await page.locator('#filters-toggle').isVisible());
  await shot(page, '08-phone');
  await page.click('#filters-toggle');
  assert.ok(await page.locator('[data-facet="venue"]').first().isVisible());
  await shot(page, '09-phone-filters');

  assert.deepEqual(problems, [], 'no script errors or blocked content');
  console.log(`browser test passed; screenshots in ${artifactsDir}`);
}

run()
  .catch(async (error) => {
    console.error(error);
    if (context) {
      for (const p of context.pages()) {
        await p.screenshot({ path: path.join(artifactsDir, 'failure.png'), fullPage: true }).catch(() => {});
      }
    }
    process.exitCode = 1;
  })
  .finally(async () => {
    if (context) await context.close().catch(() => {});
    stopServer();
  });
