/* apbd.js: small enhancements; every page works without it.
 * input.filter[data-table]: shown, filters the table's rows by text.
 * th[data-sort] in table.data: sort buttons, aria-sort.
 * #q: live search over REL/search.json (REL = <html data-root>).
 * No dependencies, no request to any other host. ES2017. */
(function () {
  'use strict';
  const doc = document;
  const html = doc.documentElement;
  const en = /^en\b/i.test(html.lang);
  const T = en
    ? { rows: (n) => n + (n === 1 ? ' row shown' : ' rows shown'),
        hits: (n) => n ? n + (n === 1 ? ' result' : ' results') : 'No results',
        more: ' (first 20 shown)' }
    : { rows: (n) => n + ' baris ditampilkan',
        hits: (n) => n ? n + ' hasil' : 'Tidak ada hasil',
        more: ' (20 teratas ditampilkan)' };
  const coll = new Intl.Collator(en ? 'en' : 'id', { numeric: true, sensitivity: 'base' });

  // Lower case without accents: "pontianák" finds "Pontianak".
  const norm = (s) => String(s == null ? '' : s).normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '').toLowerCase();

  function el(tag, cls, text) {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  const after = (ref, e) => ref.parentNode.insertBefore(e, ref.nextSibling);

  // A live region after ref that reads counts out.
  function status(ref) {
    const p = el('p', 'sr-only');
    p.setAttribute('role', 'status');
    return after(ref, p);
  }

  function debounce(fn, ms) {
    let t;
    return () => { clearTimeout(t); t = setTimeout(fn, ms); };
  }

  /* Filter boxes */
  doc.querySelectorAll('input.filter[data-table]').forEach((inp) => {
    const table = doc.getElementById(inp.getAttribute('data-table'));
    if (!table || !table.tBodies.length) return;
    const out = status(inp);
    const texts = new WeakMap();
    function run() {
      const q = norm(inp.value.trim());
      let n = 0;
      for (const tb of table.tBodies) {
        for (const r of tb.rows) {
          if (!texts.has(r)) texts.set(r, norm(r.textContent));
          r.hidden = !!q && !texts.get(r).includes(q);
          if (!r.hidden) n++;
        }
      }
      out.textContent = q ? T.rows(n) : '';
    }
    if (!inp.placeholder) inp.placeholder = inp.getAttribute('aria-label') || '';
    inp.hidden = false;
    inp.addEventListener('input', debounce(run, 120));
    if (inp.value) run();
  });

  /* Sortable columns: numbers by td[data-value], else by text. */
  function sortBy(table, th) {
    const num = th.getAttribute('data-sort') === 'num';
    const cur = th.getAttribute('aria-sort');
    // First click: largest first for numbers, A to Z for text; then toggle.
    const asc = cur === 'ascending' ? false : cur === 'descending' ? true : !num;
    table.querySelectorAll('thead th[aria-sort]').forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    const i = th.cellIndex;
    for (const tb of table.tBodies) {
      const rows = Array.from(tb.rows, (r, n) => {
        const c = r.cells[i];
        let k = c ? (num ? parseFloat(c.getAttribute('data-value')) : c.textContent.trim()) : null;
        if (num && isNaN(k)) k = null;
        return { k, n, r };
      });
      rows.sort((a, b) => {
        // Rows without a value go last either way; ties keep their order.
        if (a.k === null || b.k === null) return (a.k === null) - (b.k === null) || a.n - b.n;
        const d = num ? a.k - b.k : coll.compare(a.k, b.k);
        return (asc ? d : -d) || a.n - b.n;
      });
      const frag = doc.createDocumentFragment();
      rows.forEach((x) => frag.appendChild(x.r));
      tb.appendChild(frag);
    }
  }

  doc.querySelectorAll('table.data thead th[data-sort]').forEach((th) => {
    const b = el('button');
    b.type = 'button';
    while (th.firstChild) b.appendChild(th.firstChild);
    b.appendChild(el('span', 'sort-ind')).setAttribute('aria-hidden', 'true');
    th.appendChild(b);
    b.addEventListener('click', () => sortBy(th.closest('table'), th));
  });

  /* Search */
  const q = doc.getElementById('q');
  if (!q) return;
  const root = (html.getAttribute('data-root') || '.').replace(/\/+$/, '') || '.';
  const url = root + '/search.json';
  let index = null;

  function xhr() {
    return new Promise((resolve, reject) => {
      const x = new XMLHttpRequest();
      x.open('GET', url);
      x.onload = () => {
        try {
          if (x.status !== 200 && x.status !== 0) throw new Error(x.status);
          resolve(JSON.parse(x.responseText));
        } catch (e) { reject(e); }
      };
      x.onerror = reject;
      x.send();
    });
  }
  // The index, or null when it cannot be had (file:// in Chromium).
  function load() {
    index = index || Promise.resolve()
      .then(() => fetch(url))
      .then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
      .catch(xhr)
      .then((data) => data.map((e) => ({ e, n: norm(e.n), k: norm(e.k) })))
      .catch(() => null);
    return index;
  }

  // A url from the index (relative to the site root) as seen from this page;
  // English pages link to the English tree, under en/.
  const langDir = html.getAttribute('lang') === 'en' ? 'en/' : '';
  function href(u) {
    u = String(u || '').replace(/^\/+/, '');
    if (/^[a-z][a-z0-9+.-]*:/i.test(u)) return null;
    return root + '/' + langDir + (u === '' || /\/$/.test(u) ? u + 'index.html' : u);
  }

  const form = q.form || q.parentNode;
  const label = doc.querySelector('label[for="q"]');
  if (label && !q.placeholder) q.placeholder = label.textContent.trim();
  let list = doc.getElementById('search-results');
  const own = !list;
  if (own) {
    list = el('ul');
    list.id = 'search-results';
    after(form, list);
  }
  list.classList.add('search-results');
  const out = status(list);
  let seq = 0;
  let fellBack = false;

  function clear() { list.textContent = ''; out.textContent = ''; }

  function show(data, raw, s) {
    const hits = [];
    const rest = [];
    for (const x of data) {
      if (x.n.startsWith(s) || x.k.startsWith(s)) hits.push(x);
      else if (x.n.includes(s) || x.k.includes(s)) rest.push(x);
    }
    hits.push(...rest);
    list.textContent = '';
    for (const x of hits.slice(0, 20)) {
      const h = href(x.e.u);
      if (!h) continue;
      const a = el('a', '', x.e.n || x.e.k);
      a.href = h;
      a.appendChild(el('small', '', [x.e.k, x.e.t].filter(Boolean).join(' · ')));
      list.appendChild(el('li')).appendChild(a);
    }
    if (!hits.length) list.appendChild(el('li', 'kosong', T.hits(0) + ': “' + raw + '”'));
    out.textContent = T.hits(hits.length) + (hits.length > 20 ? T.more : '');
  }

  // The search page without an index: show its <noscript> note's links.
  function fallback() {
    const ns = doc.querySelector('main noscript');
    if (own || fellBack || !ns) return;
    fellBack = true;
    const d = el('div');
    d.innerHTML = ns.textContent; // the generator's own markup
    after(ns, d);
  }

  function run() {
    const raw = q.value.trim();
    const s = norm(raw);
    const mine = ++seq;
    if (s.length < 2) { clear(); return; }
    load().then((data) => {
      if (mine === seq) {
        if (data) show(data, raw, s); else fallback();
      }
    });
  }

  q.addEventListener('input', debounce(run, 150));
  q.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && own) { q.value = ''; clear(); }
  });
  // cari.html?q=...: the form was sent here, so search at once.
  if (!own) {
    const p = new URLSearchParams(location.search).get('q');
    if (p) { q.value = p; run(); }
  }
})();
