// SPDX-License-Identifier: MIT
// The savant page: search, facets, result cards, researcher pages. Plain DOM,
// no build step. Everything that comes from documents is put in the page as
// text (textContent, never innerHTML); snippets, whose only markup is <mark>,
// are split on those tags and their text decoded, so no tag from a document can
// ever become an element.
'use strict';

(() => {
  const PAGE_SIZE = 10;
  const FACET_SHOWN = 8;
  const YEAR_BARS = 12;
  const $ = (id) => document.getElementById(id);

  // ---------- small DOM helpers ----------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    });
  }

  // A snippet is escaped HTML whose only tags are <mark> and </mark>.
  function snippetNode(html) {
    const out = el('p', { class: 'snippet' });
    let target = out;
    for (const part of String(html || '').split(/(<mark>|<\/mark>)/)) {
      if (part === '<mark>') {
        target = out.appendChild(el('mark'));
      } else if (part === '</mark>') {
        target = out;
      } else if (part) {
        target.append(document.createTextNode(decodeEntities(part)));
      }
    }
    return out;
  }

  const basename = (path) => String(path || '').split('/').pop();
  const plural = (n, one, many) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

  // ---------- state in the URL ----------
  // Search: /?q=&venue=&year=&topic=&page=   Researcher: /researchers/ID
  function readState() {
    const params = new URLSearchParams(location.search);
    const match = location.pathname.match(/^\/researchers\/([^/]+)$/);
    return {
      researcher: match ? decodeURIComponent(match[1]) : null,
      q: params.get('q') || '',
      venue: params.get('venue') || '',
      year: params.get('year') || '',
      topic: params.get('topic') || '',
      page: Math.max(1, parseInt(params.get('page') || '1', 10) || 1),
    };
  }

  function searchUrl(state) {
    const params = new URLSearchParams();
    for (const key of ['q', 'venue', 'year', 'topic']) if (state[key]) params.set(key, state[key]);
    if (state.page > 1) params.set('page', String(state.page));
    const query = params.toString();
    return query ? `/?${query}` : '/';
  }

  const researcherUrl = (id) => `/researchers/${encodeURIComponent(id)}`;

  let state = readState();
  let lastSearchUrl = '/';

  function navigate(url, { replace = false } = {}) {
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    state = readState();
    render();
  }

  function setSearch(changes) {
    const next = { ...state, researcher: null, page: 1, ...changes };
    navigate(searchUrl(next));
  }

  // ---------- API ----------
  let pending = null;
  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.error ? body.error : `${response.status} ${response.statusText}`;
      throw new Error(message);
    }
    return body;
  }

  function showNotice(message) {
    const notice = $('notice');
    notice.textContent = message || '';
    notice.hidden = !message;
  }

  // ---------- taxonomy (suggestions, topic labels) ----------
  let topics = [];
  const topicLabel = new Map();
  // Pages wait for the taxonomy before drawing, so topics show with their labels.
  let topicsReady = Promise.resolve();
  const venueKnown = new Set();

  async function loadTopics() {
    try {
      const data = await api('/api/topics');
      topics = data.topics || [];
      for (const t of topics) topicLabel.set(t.id, t.label);
      renderExamples();
    } catch (e) {
      // Suggestions are a convenience: searching works without them.
    }
  }

  async function loadStats() {
    try {
      const stats = await api('/api/stats');
      $('index-info').textContent =
        `${plural(stats.researchers, 'researcher', 'researchers')} · ` +
        `${plural(stats.publications, 'publication', 'publications')}`;
      for (const v of Object.keys(stats.facets.venue || {})) venueKnown.add(v);
    } catch (e) {
      $('index-info').textContent = '';
    }
  }

  const labelOf = (topicId) => topicLabel.get(topicId) || topicId;

  function renderExamples() {
    const box = $('examples');
    box.replaceChildren();
    const picks = ['mixture of experts', 'machine translation'];
    for (const t of topics.slice(0, 6)) {
      if (t.researchers > 0 && picks.length < 5 && !picks.includes(t.label.toLowerCase())) {
        picks.push(t.label.toLowerCase());
      }
    }
    picks.forEach((text, i) => {
      if (i > 0) box.append(', ');
      box.append(el('a', {
        href: searchUrl({ q: text, page: 1 }),
        class: 'example',
        text,
        onclick: (event) => { event.preventDefault(); $('q').value = text; setSearch({ q: text, venue: '', year: '', topic: '' }); },
      }));
    });
  }

  // ---------- suggestions (combobox) ----------
  let suggestionIndex = -1;
  let suggestionItems = [];

  function matchTopics(text) {
    const needle = text.trim().toLowerCase();
    if (needle.length < 2) return [];
    const scored = [];
    for (const t of topics) {
      const names = [t.label, t.id.replace(/-/g, ' '), ...(t.aliases || [])].map((s) => s.toLowerCase());
      let best = Infinity;
      for (const name of names) {
        const at = name.indexOf(needle);
        if (at === 0) best = Math.min(best, 0);
        else if (at > 0 && /[\s-]/.test(name[at - 1])) best = Math.min(best, 1);
        else if (at > 0) best = Math.min(best, 2);
      }
      if (best < Infinity) scored.push({ t, rank: best });
    }
    scored.sort((a, b) => a.rank - b.rank || b.t.researchers - a.t.researchers ||
      a.t.label.localeCompare(b.t.label));
    return scored.slice(0, 8).map((s) => s.t);
  }

  function closeSuggestions() {
    const list = $('suggestions');
    list.hidden = true;
    list.replaceChildren();
    suggestionItems = [];
    suggestionIndex = -1;
    $('q').setAttribute('aria-expanded', 'false');
    $('q').removeAttribute('aria-activedescendant');
  }

  function openSuggestions() {
    const input = $('q');
    const found = matchTopics(input.value);
    const list = $('suggestions');
    list.replaceChildren();
    suggestionItems = found;
    suggestionIndex = -1;
    if (found.length === 0) {
      closeSuggestions();
      return;
    }
    found.forEach((t, i) => {
      const option = el('li', {
        id: `suggestion-${i}`, role: 'option', class: 'suggestion', 'aria-selected': 'false',
        onmousedown: (event) => { event.preventDefault(); chooseSuggestion(i); },
      },
      el('span', { class: 'suggestion-label', text: t.label }),
      el('span', { class: 'suggestion-area', text: t.area }),
      el('span', { class: 'suggestion-count', text: t.researchers ? plural(t.researchers, 'researcher', 'researchers') : 'none yet' }));
      list.append(option);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function highlightSuggestion(i) {
    const options = $('suggestions').children;
    for (let k = 0; k < options.length; k++) {
      options[k].setAttribute('aria-selected', k === i ? 'true' : 'false');
    }
    suggestionIndex = i;
    if (i >= 0) $('q').setAttribute('aria-activedescendant', `suggestion-${i}`);
    else $('q').removeAttribute('aria-activedescendant');
  }

  function chooseSuggestion(i) {
    const t = suggestionItems[i];
    if (!t) return;
    $('q').value = t.label;
    closeSuggestions();
    setSearch({ q: t.label });
  }

  function setupSearchBox() {
    const input = $('q');
    input.addEventListener('input', openSuggestions);
    input.addEventListener('blur', () => setTimeout(closeSuggestions, 100));
    input.addEventListener('keydown', (event) => {
      const open = !$('suggestions').hidden;
      if (event.key === 'ArrowDown' && open) {
        event.preventDefault();
        highlightSuggestion(Math.min(suggestionIndex + 1, suggestionItems.length - 1));
      } else if (event.key === 'ArrowUp' && open) {
        event.preventDefault();
        highlightSuggestion(Math.max(suggestionIndex - 1, -1));
      } else if (event.key === 'Enter' && open && suggestionIndex >= 0) {
        event.preventDefault();
        chooseSuggestion(suggestionIndex);
      } else if (event.key === 'Escape' && open) {
        // Only close the list: a search field would otherwise also clear itself.
        event.preventDefault();
        closeSuggestions();
      }
    });
    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      closeSuggestions();
      setSearch({ q: input.value.trim() });
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target;
      const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  // ---------- facets ----------
  let lastFacets = null;

  function facetEntries(values, sortByValue) {
    const entries = Object.entries(values || {});
    if (sortByValue) entries.sort((a, b) => a[0].localeCompare(b[0]));
    else entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return entries;
  }

  function renderFacetList(listId, name, values, labelFor) {
    const list = $(listId);
    list.replaceChildren();
    const selected = state[name];
    const entries = facetEntries(values, false);
    if (selected && !entries.some(([v]) => v === selected)) entries.unshift([selected, 0]);
    if (entries.length === 0) {
      list.append(el('li', { class: 'facet-empty', text: 'No values in these results' }));
      return;
    }
    const expanded = list.dataset.expanded === 'true';
    entries.forEach(([value, count], i) => {
      const active = value === selected;
      const item = el('li', { class: i >= FACET_SHOWN && !expanded && !active ? 'facet-item is-extra' : 'facet-item' },
        el('button', {
          type: 'button',
          class: active ? 'facet-button is-active' : 'facet-button',
          'aria-pressed': active ? 'true' : 'false',
          'data-facet': name,
          'data-value': value,
          title: active ? `Remove the ${name} filter` : `Only ${labelFor(value)}`,
          onclick: () => setSearch({ [name]: active ? '' : value }),
        },
        el('span', { class: 'facet-label', text: labelFor(value) }),
        el('span', { class: 'facet-count', text: active ? '✕' : String(count) })));
      list.append(item);
    });
    if (entries.length > FACET_SHOWN) {
      list.append(el('li', { class: 'facet-more' }, el('button', {
        type: 'button', class: 'link-button', 'aria-expanded': expanded ? 'true' : 'false',
        text: expanded ? 'Show fewer' : `Show all ${entries.length}`,
        onclick: () => { list.dataset.expanded = expanded ? 'false' : 'true'; renderFacetsAgain(); },
      })));
    }
  }

  function parseYear(year) {
    const m = String(year || '').match(/^(\d{4})?(?:\.\.(\d{4})?)?$/);
    if (!m) return { from: '', to: '' };
    if (!year.includes('..')) return { from: m[1] || '', to: m[1] || '' };
    return { from: m[1] || '', to: m[2] || '' };
  }

  function yearParam(from, to) {
    if (from && to && from === to) return from;
    if (!from && !to) return '';
    return `${from || ''}..${to || ''}`;
  }

  function renderYears(values) {
    const box = $('year-histogram');
    box.replaceChildren();
    $('year-note')?.remove();
    // The most recent years as bars; earlier ones stay reachable through From/To.
    const allYears = facetEntries(values, true).filter(([y]) => /^\d{4}$/.test(y));
    const entries = allYears.slice(-YEAR_BARS);
    const range = parseYear(state.year);
    $('year-from').value = range.from;
    $('year-to').value = range.to;
    if (entries.length === 0) {
      box.append(el('p', { class: 'facet-empty', text: 'No years in these results' }));
      return;
    }
    const max = Math.max(...entries.map(([, c]) => c));
    for (const [year, count] of entries) {
      const active = state.year === year;
      const bar = el('span', { class: 'bar-fill' });
      bar.style.height = `${Math.max(8, Math.round((count / max) * 100))}%`;
      box.append(el('button', {
        type: 'button',
        class: active ? 'bar is-active' : 'bar',
        'data-facet': 'year', 'data-value': year,
        'aria-pressed': active ? 'true' : 'false',
        title: `${year}: ${plural(count, 'researcher', 'researchers')}`,
        'aria-label': `${year}, ${plural(count, 'researcher', 'researchers')}`,
        onclick: () => setSearch({ year: active ? '' : year }),
      }, bar, el('span', { class: 'bar-year', text: `’${year.slice(2)}` })));
    }
    if (allYears.length > entries.length) {
      box.after(el('p', { class: 'facet-note', id: 'year-note', text: `${allYears[0][0]}–${entries[0][0] - 1}: type the years below` }));
    }
  }

  function renderFacets(facets) {
    lastFacets = facets;
    renderFacetList('facet-venue', 'venue', facets.venue, (v) => v);
    renderYears(facets.year);
    renderFacetList('facet-topic', 'topic', facets.topic, labelOf);
  }

  function renderFacetsAgain() {
    if (lastFacets) renderFacets(lastFacets);
  }

  function renderActiveFilters() {
    const box = $('active-filters');
    box.replaceChildren();
    const chips = [];
    if (state.venue) chips.push(['venue', `Venue: ${state.venue}`]);
    if (state.year) {
      const r = parseYear(state.year);
      const text = r.from === r.to ? r.from : `${r.from || '…'}–${r.to || '…'}`;
      chips.push(['year', `Year: ${text}`]);
    }
    if (state.topic) chips.push(['topic', `Topic: ${labelOf(state.topic)}`]);
    for (const [name, text] of chips) {
      box.append(el('button', {
        type: 'button', class: 'chip chip-removable', 'data-filter': name,
        'aria-label': `Remove filter ${text}`,
        onclick: () => setSearch({ [name]: '' }),
      }, text, el('span', { class: 'chip-x', 'aria-hidden': 'true', text: '✕' })));
    }
    if (chips.length > 1) {
      box.append(el('button', {
        type: 'button', class: 'link-button', text: 'Clear all',
        onclick: () => setSearch({ venue: '', year: '', topic: '' }),
      }));
    }
    const count = $('filters-count');
    count.hidden = chips.length === 0;
    count.textContent = String(chips.length);
  }

  function setupFacets() {
    $('year-form').addEventListener('submit', (event) => {
      event.preventDefault();
      let from = $('year-from').value.trim();
      let to = $('year-to').value.trim();
      if (from && to && Number(from) > Number(to)) [from, to] = [to, from];
      setSearch({ year: yearParam(from, to) });
    });
    $('filters-toggle').addEventListener('click', () => {
      const open = document.body.classList.toggle('filters-open');
      $('filters-toggle').setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  // ---------- result cards ----------
  const ROLE = { first: 'first author', 'co-first': 'co-first author', 'co-author': 'co-author' };
  const KIND = {
    publication: 'Publication', experience: 'Experience', education: 'Education',
    summary: 'Summary', skills: 'Skills',
  };

  function badges(e) {
    const out = el('span', { class: 'badges' });
    if (e.venue) out.append(el('span', { class: 'badge badge-venue', text: e.venue }));
    if (e.year) out.append(el('span', { class: 'badge badge-year', text: String(e.year) }));
    if (e.role) out.append(el('span', { class: `badge badge-role role-${e.role}`, text: ROLE[e.role] || e.role }));
    if (e.status && e.status !== 'published') out.append(el('span', { class: 'badge badge-status', text: e.status }));
    return out;
  }

  function evidenceItem(e) {
    const kind = KIND[e.kind] || e.kind;
    const where = [e.organisation, e.dates].filter(Boolean).join(' · ');
    return el('li', { class: `evidence kind-${e.kind}` },
      el('div', { class: 'evidence-head' },
        el('span', { class: 'kind', text: kind }),
        el('span', { class: 'evidence-title', text: e.title || where || kind }),
        badges(e)),
      where && e.title ? el('p', { class: 'evidence-where', text: where }) : null,
      e.snippet ? snippetNode(e.snippet) : null,
      e.source ? el('p', { class: 'source', title: e.source, text: basename(e.source) }) : null);
  }

  function topicChips(ids, limit) {
    const box = el('div', { class: 'chips' });
    for (const id of ids.slice(0, limit)) {
      box.append(el('button', {
        type: 'button', class: id === state.topic ? 'chip chip-topic is-active' : 'chip chip-topic',
        title: `Only evidence about ${labelOf(id)}`,
        text: labelOf(id),
        onclick: () => setSearch({ topic: id, researcher: null }),
      }));
    }
    if (ids.length > limit) box.append(el('span', { class: 'chip-more', text: `+${ids.length - limit}` }));
    return box;
  }

  function openResearcher(event, id) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (!state.researcher) lastSearchUrl = location.pathname + location.search;
    navigate(researcherUrl(id));
  }

  // "Why this rank?": how the score was made, from the search's explanation.
  const num = (x, digits = 2) => Number(x).toFixed(digits);
  function explanationNode(explanation) {
    if (!explanation) return null;
    const rows = (explanation.evidence || []).map((u) => {
      const factors = (u.factors || []).filter((f) => f.value !== 1)
        .map((f) => `${f.name} ${f.reason} ×${num(f.value)}`);
      return el('li', { class: 'why-unit' },
        el('span', { class: 'why-title', text: u.title || KIND[u.kind] || u.kind }),
        el('span', { class: 'why-math',
          text: [`relevance ${num(u.relevance)}`, ...factors].join(' · ') +
            ` = ${num(u.score)}; counted ×${num(u.share)} → +${num(u.contribution)}` }),
        (u.matched_terms || []).length
          ? el('span', { class: 'why-terms', text: `matched: ${u.matched_terms.join(', ')}` }) : null);
    });
    const adjustments = (explanation.adjustments || [])
      .map((f) => `${f.name} ${f.reason} ×${num(f.value)}`);
    return el('details', { class: 'why' },
      el('summary', { text: 'Why this rank?' }),
      el('p', { class: 'why-sum', text: `Score ${num(explanation.score)}: ${explanation.aggregation}` +
        (adjustments.length ? `, then ${adjustments.join(', ')}` : '') +
        (explanation.uncounted ? `; ${explanation.uncounted} more matching item(s) not counted` : '') + '.' }),
      el('ol', { class: 'why-units' }, ...rows));
  }

  function resultCard(hit) {
    const affiliation = (hit.affiliations || [])[0];
    return el('li', { class: 'card result', 'data-id': hit.id },
      el('div', { class: 'card-head' },
        el('span', { class: 'rank', text: String(hit.rank) }),
        el('div', { class: 'who' },
          el('h2', { class: 'name' }, el('a', {
            href: researcherUrl(hit.id), class: 'researcher-link', text: hit.name,
            onclick: (event) => openResearcher(event, hit.id),
          })),
          affiliation ? el('p', { class: 'affiliation', text: affiliation }) : null),
        el('span', { class: 'score', title: 'Score: the weighted sum of their matching evidence', text: hit.score.toFixed(1) })),
      hit.topics && hit.topics.length ? topicChips(hit.topics, 5) : null,
      el('ol', { class: 'evidence-list', 'aria-label': `Evidence for ${hit.name}` }, ...(hit.evidence || []).map(evidenceItem)),
      explanationNode(hit.explanation));
  }

  function renderPager(total) {
    const pager = $('pager');
    pager.replaceChildren();
    const pages = Math.ceil(total / PAGE_SIZE);
    if (pages <= 1) return;
    const page = Math.min(state.page, pages);
    const link = (p, text, label, current) => el('a', {
      href: searchUrl({ ...state, page: p }),
      class: current ? 'page is-current' : 'page',
      'aria-label': label, 'aria-current': current ? 'page' : null, text,
      onclick: (event) => { event.preventDefault(); setSearch({ ...state, page: p }); $('main').focus(); },
    });
    if (page > 1) pager.append(link(page - 1, '‹ Previous', 'Previous page', false));
    const shown = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
    let previous = 0;
    for (const p of [...shown].sort((a, b) => a - b)) {
      if (p - previous > 1) pager.append(el('span', { class: 'page-gap', text: '…' }));
      pager.append(link(p, String(p), `Page ${p}`, p === page));
      previous = p;
    }
    if (page < pages) pager.append(link(page + 1, 'Next ›', 'Next page', false));
  }

  function renderSummary(data) {
    const summary = $('summary');
    summary.replaceChildren();
    const query = data.corrected_query || data.query;
    const first = (state.page - 1) * PAGE_SIZE + 1;
    const last = Math.min(data.total, first + PAGE_SIZE - 1);
    const filtered = query || state.venue || state.year || state.topic;
    summary.append(el('span', { class: 'total', 'data-total': data.total, text: (filtered ? '' : 'All ') + plural(data.total, 'researcher', 'researchers') }));
    if (query) summary.append(' for ', el('q', { class: 'query', text: query }));
    if (data.total > PAGE_SIZE) summary.append(el('span', { class: 'range', text: ` · ${first}–${last}` }));
    const notes = [];
    if (data.corrected_query) notes.push(`Showing results for “${data.corrected_query}” (you searched “${data.query}”).`);
    if (data.relaxed) notes.push('Few researchers match every word: those matching some of them follow.');
    if (notes.length) summary.append(el('small', { class: 'summary-note', text: notes.join(' ') }));
  }

  async function runSearch() {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    for (const key of ['venue', 'year', 'topic']) if (state[key]) params.set(key, state[key]);
    params.set('offset', String((state.page - 1) * PAGE_SIZE));
    params.set('limit', String(PAGE_SIZE));
    params.set('explain', '1');
    const ticket = {};
    pending = ticket;
    document.body.classList.add('is-loading');
    $('results').setAttribute('aria-busy', 'true');
    try {
      const [data] = await Promise.all([api(`/api/search?${params}`), topicsReady]);
      if (pending !== ticket) return;
      showNotice('');
      renderSummary(data);
      renderFacets(data.facets || {});
      const results = $('results');
      results.replaceChildren(...data.results.map(resultCard));
      results.start = (state.page - 1) * PAGE_SIZE + 1;
      if (data.results.length === 0) {
        results.append(el('li', { class: 'empty' },
          el('p', { text: 'No researcher matches.' }),
          el('p', { class: 'muted', text: 'Try fewer words, a topic from the suggestions, or remove a filter.' })));
      }
      renderPager(data.total);
    } catch (error) {
      if (pending !== ticket) return;
      showNotice(error.message);
      $('results').replaceChildren();
      $('pager').replaceChildren();
      $('summary').textContent = 'The search could not be run';
    } finally {
      if (pending === ticket) {
        document.body.classList.remove('is-loading');
        $('results').removeAttribute('aria-busy');
      }
    }
  }

  // ---------- researcher page ----------
  const KIND_ORDER = ['publication', 'experience', 'education', 'summary', 'skills'];
  const KIND_HEADING = {
    publication: 'Publications', experience: 'Experience', education: 'Education',
    summary: 'About', skills: 'Skills',
  };

  function profileEvidence(e, name) {
    const where = [e.organisation, e.position, e.dates].filter(Boolean).join(' · ');
    const authors = (e.authors || []);
    const authorLine = authors.length ? el('p', { class: 'authors' }) : null;
    authors.forEach((a, i) => {
      if (i > 0) authorLine.append(', ');
      authorLine.append(a === name ? el('strong', { text: a }) : a);
    });
    const text = e.text && e.text !== e.title ? e.text : '';
    return el('li', { class: `evidence kind-${e.kind}` },
      el('div', { class: 'evidence-head' },
        el('span', { class: 'evidence-title', text: e.title || where || KIND[e.kind] }),
        badges(e)),
      where && e.title ? el('p', { class: 'evidence-where', text: where }) : null,
      authorLine,
      text ? el('p', { class: 'evidence-text', text: text.length > 600 ? `${text.slice(0, 600)}…` : text }) : null,
      (e.topics || []).length ? topicChips(e.topics, 6) : null);
  }

  function similarCard(hit) {
    return el('li', { class: 'similar-item', 'data-id': hit.id },
      el('a', {
        href: researcherUrl(hit.id), class: 'researcher-link similar-link', text: hit.name,
        onclick: (event) => openResearcher(event, hit.id),
      }),
      (hit.affiliations || [])[0] ? el('p', { class: 'affiliation', text: hit.affiliations[0] }) : null,
      (hit.topics || []).length ? el('p', { class: 'similar-topics', text: hit.topics.slice(0, 3).map(labelOf).join(' · ') }) : null);
  }

  async function renderResearcher() {
    const view = $('researcher-view');
    const id = state.researcher;
    view.replaceChildren(el('p', { class: 'muted loading-line', text: 'Loading…' }));
    let profile;
    try {
      [profile] = await Promise.all([api(`/api/researchers/${encodeURIComponent(id)}`), topicsReady]);
    } catch (error) {
      view.replaceChildren(backLink(), el('h1', { text: 'Researcher not found' }),
        el('p', { class: 'muted', text: error.message }));
      return;
    }
    if (state.researcher !== id) return;
    document.title = `${profile.name} · savant`;
    const groups = new Map();
    for (const e of profile.evidence || []) {
      if (!groups.has(e.kind)) groups.set(e.kind, []);
      groups.get(e.kind).push(e);
    }
    const sections = [];
    for (const kind of KIND_ORDER) {
      const items = groups.get(kind);
      if (!items) continue;
      if (kind === 'publication') items.sort((a, b) => (b.year || 0) - (a.year || 0));
      sections.push(el('section', { class: 'profile-section', 'aria-labelledby': `h-${kind}` },
        el('h2', { id: `h-${kind}` }, KIND_HEADING[kind], el('span', { class: 'count', text: String(items.length) })),
        el('ol', { class: 'evidence-list' }, ...items.map((e) => profileEvidence(e, profile.name)))));
    }
    const facts = el('dl', { class: 'facts' });
    const fact = (term, values) => {
      if (!values || values.length === 0) return;
      facts.append(el('dt', { text: term }), el('dd', {}, ...values.map((v) => el('span', { class: 'fact-value', text: v }))));
    };
    fact('Affiliations', profile.affiliations);
    fact('E-mail', profile.emails);
    fact('Publications', [String(profile.publications)]);
    fact('Sources', (profile.sources || []).map(basename));

    const similarList = el('ol', { class: 'similar-list', id: 'similar-list' }, el('li', { class: 'muted', text: 'Loading…' }));
    view.replaceChildren(
      backLink(),
      el('div', { class: 'profile' },
        el('article', { class: 'profile-main card' },
          el('header', { class: 'profile-head' },
            el('h1', { class: 'profile-name', text: profile.name }),
            (profile.affiliations || [])[0] ? el('p', { class: 'affiliation', text: profile.affiliations[0] }) : null,
            (profile.topics || []).length ? topicChips(profile.topics, 12) : null),
          facts,
          ...sections),
        el('aside', { class: 'similar card', 'aria-labelledby': 'similar-heading' },
          el('h2', { id: 'similar-heading', text: 'Similar researchers' }),
          similarList)));
    $('main').focus({ preventScroll: true });
    window.scrollTo(0, 0);
    try {
      const similar = await api(`/api/similar/${encodeURIComponent(id)}?limit=6&evidence=0`);
      if (state.researcher !== id) return;
      similarList.replaceChildren(...similar.results.map(similarCard));
      if (similar.results.length === 0) similarList.append(el('li', { class: 'muted', text: 'No one close enough.' }));
    } catch (error) {
      similarList.replaceChildren(el('li', { class: 'muted', text: error.message }));
    }
  }

  function backLink() {
    return el('a', {
      href: lastSearchUrl, class: 'back-link', text: '← Back to results',
      onclick: (event) => { event.preventDefault(); navigate(lastSearchUrl); },
    });
  }

  // ---------- top level ----------
  function render() {
    const researcher = Boolean(state.researcher);
    $('search-view').hidden = researcher;
    $('researcher-view').hidden = !researcher;
    document.body.classList.toggle('on-researcher', researcher);
    if (researcher) {
      renderResearcher();
      return;
    }
    lastSearchUrl = location.pathname + location.search;
    document.title = state.q ? `${state.q} · savant` : 'savant · find researchers by expertise';
    $('q').value = state.q;
    const searching = Boolean(state.q || state.venue || state.year || state.topic);
    $('intro').hidden = searching;
    renderActiveFilters();
    if (!searching) {
      $('summary').textContent = 'Find researchers by what they have done';
      $('results').replaceChildren();
      $('pager').replaceChildren();
      // Facets over everyone, so a recruiter can also start from a venue or topic.
    }
    runSearch();
  }

  function start() {
    // A page opened with ?token= has its cookie now: take the token out of the address bar.
    const params = new URLSearchParams(location.search);
    if (params.has('token')) {
      params.delete('token');
      const rest = params.toString();
      history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : ''));
      state = readState();
    }
    setupSearchBox();
    setupFacets();
    renderExamples();
    $('brand').addEventListener('click', (event) => {
      event.preventDefault();
      navigate('/');
    });
    window.addEventListener('popstate', () => { state = readState(); render(); });
    topicsReady = loadTopics();
    render();
    loadStats();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
