#!/usr/bin/env node
// Browser checks of the built site in headless Chromium.
//   node tests/e2e/browser.js SITE_DIR SHOT_DIR PAGE...
// For each PAGE (a path relative to SITE_DIR), served from 127.0.0.1:
// (a) no sideways scroll at 360 px, (b) axe-core WCAG 2.1 A/AA, (c) no request
// to another host, (d) no console error (over http and over file://).
// Then screenshots of the first page and a check that it works without
// JavaScript. Prints ok / not ok lines and "N passed, N failed"; exit 1 on any
// not ok.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { pathToFileURL } = require('url');

const modules = path.join(__dirname, '..', 'node_modules');
const { chromium } = require(path.join(modules, 'playwright-core'));
const axeSource = fs.readFileSync(
  path.join(path.dirname(require.resolve('axe-core', { paths: [modules] })), 'axe.min.js'), 'utf8');

const PAGE_TIMEOUT = 30000;
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};

let passed = 0;
let failed = 0;
function ok(msg) { passed++; console.log('ok ' + msg); }
function notOk(msg, details) {
  failed++;
  console.log('not ok ' + msg);
  for (const d of details || []) console.log('#   ' + d);
}
function check(cond, msg, details) { if (cond) ok(msg); else notOk(msg, details); }

// A static server for SITE_DIR on a free loopback port.
function serve(dir) {
  const server = http.createServer((req, res) => {
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch (e) { rel = null; }
    let file = rel && path.join(dir, path.normalize(rel));
    if (!file || (file !== dir && !file.startsWith(dir + path.sep))) {
      res.writeHead(400); res.end(); return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream' });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(what + ' timed out after ' + ms / 1000 + ' s')), ms);
  });
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}

// Console errors, uncaught exceptions and requests of one page.
function watch(page) {
  const seen = { errors: [], requests: [] };
  page.on('console', (m) => {
    const where = m.location().url || '';
    // Chromium asks for /favicon.ico by itself; the site need not have one.
    if (m.type() === 'error' && !/\/favicon\.ico$/.test(where)) seen.errors.push(m.text() + (where ? ' (' + where + ')' : ''));
  });
  page.on('pageerror', (e) => seen.errors.push('uncaught: ' + e.message));
  page.on('request', (r) => seen.requests.push(r.url()));
  return seen;
}

// Requests to any other host are recorded, then stopped before they leave.
async function loopbackOnly(context) {
  await context.route('**/*', (route) => (foreign([route.request().url()]).length ? route.abort() : route.continue()));
  return context;
}

function foreign(urls) {
  return urls.filter((u) => {
    let p;
    try { p = new URL(u); } catch (e) { return true; }
    if (p.protocol === 'data:' || p.protocol === 'blob:' || p.protocol === 'about:' || p.protocol === 'file:') return false;
    return p.hostname !== '127.0.0.1';
  });
}

// In the page: the element reaching furthest right, as a short selector.
function widest() {
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    Array.from(el.classList).map((c) => '.' + c).join('');
  let best = null;
  let right = window.innerWidth;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect().right + window.scrollX;
    if (r > right || (best && r === right && best.contains(el))) { best = el; right = r; }
  }
  if (!best) return 'none found';
  const parts = [];
  for (let el = best; el && el !== document.body && parts.length < 4; el = el.parentElement) parts.unshift(name(el));
  return parts.join(' > ') + ' (right edge ' + Math.round(right) + 'px)';
}

async function checkPage(context, base, name) {
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT);
  const seen = watch(page);
  try {
    const res = await page.goto(base + name, { waitUntil: 'load' });
    if (!res || !res.ok()) throw new Error('HTTP ' + (res ? res.status() : 'no response'));
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});

    const w = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
    if (w.sw <= w.iw) ok(name + ': no sideways scroll at 360px');
    else notOk(name + ': sideways scroll at 360px (scrollWidth ' + w.sw + ' > ' + w.iw + ')',
      ['widest element: ' + await page.evaluate(widest)]);

    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return r.violations.map((v) => ({
        id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    });
    check(!violations.length, name + ': axe-core reports no violation',
      violations.map((v) => v.id + ' (' + v.impact + '): ' + v.targets.join(' | ')));

    const other = foreign(seen.requests);
    check(!other.length, name + ': no request to another host', other.slice(0, 5));
    check(!seen.errors.length, name + ': no console error', seen.errors.slice(0, 5));
  } finally {
    await page.close();
  }
}

async function checkFile(context, site, name) {
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT);
  const seen = watch(page);
  try {
    await page.goto(pathToFileURL(path.join(site, name)).href, { waitUntil: 'load' });
    const bad = seen.errors.concat(foreign(seen.requests).map((u) => 'request: ' + u));
    check(!bad.length, name + ': no console error over file://', bad.slice(0, 5));
  } finally {
    await page.close();
  }
}

async function main() {
  const [siteArg, shotArg, ...pages] = process.argv.slice(2);
  if (!siteArg || !shotArg || !pages.length) {
    console.error('usage: node tests/e2e/browser.js SITE_DIR SHOT_DIR PAGE...');
    process.exit(2);
  }
  const site = path.resolve(siteArg);
  const shots = path.resolve(shotArg);
  fs.mkdirSync(shots, { recursive: true });
  const server = await serve(site);
  const base = 'http://127.0.0.1:' + server.address().port + '/';
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const phone = await loopbackOnly(await browser.newContext({ viewport: { width: 360, height: 740 } }));
    for (const name of pages) {
      await withTimeout(checkPage(phone, base, name), PAGE_TIMEOUT, name)
        .catch((e) => notOk(name + ': page checks did not finish', [e.message]));
      await withTimeout(checkFile(phone, site, name), PAGE_TIMEOUT, name + ' over file://')
        .catch((e) => notOk(name + ': no console error over file://', [e.message]));
    }
    await phone.close();

    const first = pages[0];
    await withTimeout((async () => {
      for (const [w, h] of [[360, 740], [1280, 800]]) {
        const ctx = await loopbackOnly(await browser.newContext({ viewport: { width: w, height: h } }));
        const page = await ctx.newPage();
        await page.goto(base + first, { waitUntil: 'load' });
        await page.screenshot({ path: path.join(shots, 'home-' + w + '.png'), fullPage: true });
        await ctx.close();
      }
    })(), 2 * PAGE_TIMEOUT, 'screenshots')
      .then(() => ok('screenshots written'), (e) => notOk('screenshots written', [e.message]));

    await withTimeout((async () => {
      const ctx = await loopbackOnly(await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } }));
      const page = await ctx.newPage();
      await page.goto(base + first, { waitUntil: 'load' });
      const r = await page.evaluate(() => ({
        h1: !!document.querySelector('main h1'),
        dead: Array.from(document.querySelectorAll('input.filter'))
          .filter((e) => e.getClientRects().length > 0).length,
      }));
      await ctx.close();
      return r;
    })(), PAGE_TIMEOUT, 'no-JavaScript check').then(
      (r) => check(r.h1 && !r.dead, first + ': works without JavaScript',
        [r.h1 ? '' : 'no main h1', r.dead ? r.dead + ' filter box(es) shown without JavaScript' : ''].filter(Boolean)),
      (e) => notOk(first + ': works without JavaScript', [e.message]));
  } finally {
    await browser.close();
    server.close();
  }
  console.log('browser: ' + passed + ' passed, ' + failed + ' failed');
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error('not ok browser checks: ' + (e && e.stack || e));
  process.exit(1);
});
