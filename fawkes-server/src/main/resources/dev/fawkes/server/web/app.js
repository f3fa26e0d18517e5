'use strict';
// The Fawkes dashboard: plain DOM code over the JSON API; live check results arrive by server-sent events.

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'class') node.className = v; else if (k.startsWith('data-')) node.setAttribute(k, v); else node[k] = v;
  });
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  return { status: response.status, ok: response.ok, body };
}

function problem(target, answer) {
  const b = answer.body || {};
  const remedy = b.details && b.details.remedy ? ' — ' + b.details.remedy : '';
  target.replaceChildren(el('p', { class: 'muted' }, (b.message || 'unavailable (' + answer.status + ')') + remedy));
}

function number(v, digits) {
  if (v == null || v === '') return '';
  const n = Number(v);
  if (Number.isNaN(n)) return String(v);
  return n.toLocaleString(undefined, { maximumFractionDigits: digits == null ? 2 : digits });
}

function bytes(v) {
  const n = Number(v);
  if (!n) return '0 B';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  const i = Math.min(units.length - 1, Math.floor(Math.log(n) / Math.log(1024)));
  return (n / Math.pow(1024, i)).toFixed(i ? 1 : 0) + ' ' + units[i];
}

function copyButton(text) {
  return el('button', {
    class: 'copy', type: 'button', title: 'Copy SQL',
    onclick: (e) => copy(text).then(() => { e.target.textContent = 'Copied'; setTimeout(() => { e.target.textContent = 'Copy'; }, 1500); }),
  }, 'Copy');
}

function copy(text) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = el('textarea', { value: text });
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
  return Promise.resolve();
}

function sqlCell(sql) {
  return el('div', { class: 'sql' }, el('code', {}, sql), copyButton(sql));
}

// columns: [header, key or function(row), kind] where kind is 'num', 'bytes', 'sql' or undefined.
function table(rows, columns) {
  if (!rows || rows.length === 0) return el('p', { class: 'muted' }, 'Nothing to show.');
  const head = el('tr', {}, columns.map(([h, , kind]) => el('th', { class: kind === 'num' || kind === 'bytes' ? 'num' : '' }, h)));
  const body = rows.map((r) => el('tr', {}, columns.map(([, key, kind]) => cell(typeof key === 'function' ? key(r) : r[key], kind))));
  return el('table', {}, el('thead', {}, head), el('tbody', {}, body));
}

function cell(value, kind) {
  if (kind === 'num') return el('td', { class: 'num' }, number(value));
  if (kind === 'bytes') return el('td', { class: 'num' }, bytes(value));
  if (kind === 'sql') return el('td', {}, value ? sqlCell(value) : '');
  if (kind === 'code') return el('td', {}, el('code', {}, value == null ? '' : value));
  return el('td', {}, value == null ? '' : value);
}

// Overview tiles, one per check.
function renderChecks(payload) {
  const results = payload.results || [];
  const tiles = results.map((r) => el('div', { class: 'tile', 'data-check': r.id, 'data-status': r.status.toLowerCase() },
    el('div', { class: 'meta' }, r.category.toLowerCase() + ' · ' + r.status.toLowerCase()),
    el('div', { class: 'title' }, r.title),
    el('div', { class: 'summary' }, r.summary), advisorLine(r)));
  $('tiles').replaceChildren(...(tiles.length ? tiles : [el('p', { class: 'muted' }, 'No checks are registered.')]));
  const overall = (payload.status || 'unknown').toLowerCase();
  $('overall').setAttribute('data-status', overall);
  $('overall').textContent = overall;
  $('updated').textContent = payload.checkedAt ? 'checked ' + new Date(payload.checkedAt).toLocaleTimeString() : '';
  renderIndexFindings(results);
}

// The server joins the advisor's CREATE INDEX statements into seq-scan-heavy's evidence rows (advisor_sql).
function advisorLine(r) {
  const statements = (r.evidence || []).flatMap((row) => (row.advisor_sql ? row.advisor_sql.split('\n') : []));
  return statements.length ? el('div', { class: 'advice' }, 'advisor: ' + statements.length + ' CREATE INDEX') : '';
}

function renderIndexFindings(results) {
  const findings = results.filter((r) => r.category === 'INDEXES' && (r.status === 'WARNING' || r.status === 'CRITICAL'));
  $('index-findings').replaceChildren(...findings.map((r) => el('div',
    { class: 'finding', 'data-check': r.id, 'data-status': r.status.toLowerCase() },
    el('strong', {}, r.title + ': '), r.summary,
    r.evidence && r.evidence.length ? table(r.evidence, Object.keys(r.evidence[0]).map((k) => [k, k, /sql/i.test(k) ? 'sql' : undefined])) : '',
    r.remedy ? sqlCell(r.remedy) : '')));
}

async function loadChecks() {
  const answer = await getJson('/api/checks');
  if (answer.ok) renderChecks(answer.body); else problem($('tiles'), answer);
}

async function loadSlowQueries() {
  const answer = await getJson('/api/monitor/queries?type=slow&limit=15');
  if (!answer.ok) return problem($('slow-table'), answer);
  $('slow-table').replaceChildren(table(answer.body.queries, [
    ['Query', 'text', 'code'], ['Calls', 'calls', 'num'], ['Mean ms', 'meanTimeMs', 'num'],
    ['Max ms', 'maxTimeMs', 'num'], ['Total ms', 'totalTimeMs', 'num'], ['Rows', 'rows', 'num']]));
}

// A view's loader for the page load and every live update: a refresh still under way makes the next one wait for the
// next update.
function guarded(load) {
  let running = false;
  return async () => {
    if (running) return;
    running = true;
    try {
      await load();
    } finally {
      running = false;
    }
  };
}

const loadHistory = guarded(fetchHistory);
const refreshHealth = guarded(loadHealth);
const refreshSlowQueries = guarded(loadSlowQueries);

async function fetchHistory() {
  const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const answer = await getJson('/api/history/queries?points=200&top=8&since=' + encodeURIComponent(since));
  const empty = !answer.ok || answer.body.points.length === 0;
  document.querySelector('.chart-box').classList.toggle('empty', empty);
  if (!answer.ok) {
    $('history-note').textContent = answer.status === 501 ? 'Query history is not recorded by this server.' : (answer.body.message || '');
    return;
  }
  $('history-note').textContent = answer.body.points.length ? '' : 'No history recorded yet.';
  drawHistory(answer.body.points);
}

let historyChart = null;

// One line per statement (the server sends the 8 with the most total time in the window, at most 200 times): its mean
// ms per call at each snapshot; a live refresh updates the chart in place.
function drawHistory(points) {
  if (!window.Chart || points.length === 0) return;
  const times = [...new Set(points.map((p) => p.takenAt))].sort();
  const byQuery = new Map();
  points.forEach((p) => {
    const s = byQuery.get(p.queryId) || { query: p.query || p.queryId, totalTimeMs: 0, mean: new Map() };
    s.totalTimeMs += p.totalTimeMs;
    s.mean.set(p.takenAt, p.meanTimeMs);
    byQuery.set(p.queryId, s);
  });
  const top = [...byQuery.values()].sort((a, b) => b.totalTimeMs - a.totalTimeMs).slice(0, 8);
  const datasets = top.map((s) => ({ label: s.query.slice(0, 40), data: times.map((t) => (s.mean.has(t) ? s.mean.get(t) : null)),
    spanGaps: true, tension: 0.2 }));
  const labels = times.map((t) => new Date(t).toLocaleTimeString());
  $('history-chart').setAttribute('data-times', String(times.length));
  if (historyChart) {
    historyChart.data.labels = labels;
    historyChart.data.datasets = datasets;
    historyChart.update('none');
    return;
  }
  historyChart = new window.Chart($('history-chart'), {
    type: 'line', data: { labels, datasets },
    options: { maintainAspectRatio: false, scales: { y: { title: { display: true, text: 'mean ms per call' } } } },
  });
}

async function loadUnusedIndexes() {
  const answer = await getJson('/api/monitor/queries?type=unused');
  if (!answer.ok) return problem($('unused-table'), answer);
  $('unused-table').replaceChildren(table(answer.body.indexes, [
    ['Index', (r) => r.schema + '.' + r.index], ['Table', 'table'], ['Size', 'size_bytes', 'bytes'],
    ['Scans', 'scans', 'num'], ['SQL', 'sql', 'sql']]));
}

async function loadHealth() {
  const answer = await getJson('/api/health/database?detailed=true');
  const b = answer.body || {};
  $('database').textContent = b.database || '';
  if (!b.tables) return ['tables-table', 'pool-table', 'lock-tree'].forEach((id) => problem($(id), answer));
  $('tables-table').replaceChildren(table(b.tables, [
    ['Table', (r) => r.schema + '.' + r.table], ['Size', 'size_bytes', 'bytes'], ['Live rows', 'live_tuples', 'num'],
    ['Dead rows', 'dead_tuples', 'num'], ['Dead %', (r) => (100 * r.dead_ratio).toFixed(1), 'num'],
    ['Last vacuum', (r) => when(r.last_vacuum)], ['Last analyze', (r) => when(r.last_analyze)]]));
  $('pool-table').replaceChildren(table(b.pool, [['Database', 'database'], ['State', 'state'], ['Connections', 'connections', 'num']]),
    b.longRunning && b.longRunning.length ? el('div', { id: 'long-running' }, el('h3', {}, 'Long running'),
      table(b.longRunning, [['PID', 'pid', 'num'], ['Database', 'database'], ['Seconds', 'seconds', 'num'], ['State', 'state'],
        ['Query', 'query', 'code']])) : '');
  $('lock-tree').replaceChildren(lockTree(b.locks || []));
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

function lockTree(locks) {
  if (locks.length === 0) return el('p', { class: 'muted' }, 'No session is waiting on a lock.');
  const byPid = new Map(locks.map((l) => [l.pid, l]));
  const children = (pid) => locks.filter((l) => (l.blocked_by || []).includes(pid));
  const node = (l, seen) => el('li', { 'data-pid': l.pid }, el('strong', {}, 'pid ' + l.pid), ' ',
    el('span', { class: 'database' }, l.database || ''), ' ', l.state || '', ' ', el('code', {}, l.query || ''),
    seen.has(l.pid) ? '' : el('ul', { class: 'tree' }, children(l.pid).map((c) => node(c, new Set([...seen, l.pid])))));
  const roots = locks.filter((l) => !(l.blocked_by || []).some((p) => byPid.has(p)));
  return el('ul', { class: 'tree' }, (roots.length ? roots : locks.slice(0, 1)).map((r) => node(r, new Set())));
}

function listen() {
  if (!window.EventSource) return;
  const events = new EventSource('/api/events');
  events.addEventListener('checks', (e) => {
    renderChecks(JSON.parse(e.data));
    loadHistory();
    refreshHealth();
    refreshSlowQueries();
  });
}

document.addEventListener('DOMContentLoaded', () => {
  loadChecks();
  loadHealth();
  loadSlowQueries();
  loadHistory();
  loadUnusedIndexes();
  listen();
});
