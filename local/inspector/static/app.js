// The inspector page: plain DOM, no framework, no build step. Every value from a record
// reaches the page as a text node (textContent) or an attribute set with setAttribute:
// record data is never parsed as markup.

const TOKEN = document.querySelector('meta[name="inspector-token"]')?.getAttribute('content') ?? '';
const SVG_NS = 'http://www.w3.org/2000/svg';
/** The highlight kinds the server sends; anything else is not used as a class name. */
const MARK_KINDS = new Set(['person', 'place', 'organisation', 'date']);
/** Fields the article view lists, in this order, when the record has them. */
const FIELDS = [
  'status',
  'reason',
  'reasonDetail',
  'format',
  'language',
  'publishedDate',
  'publishedAt',
  'publisher',
  'authors',
  'dateline',
  'url',
  'wordCount',
  'readingTimeMinutes',
  'keywords',
  'sourcesCited',
  'itemCount',
  'ingestedAt',
  'articleId',
];

const byId = (id) => document.getElementById(id);

/** An element with text (never markup) and attributes. */
const el = (tag, { text, className, attrs } = {}, children = []) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = String(text);
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
};

const api = async (path, init = {}) => {
  const answer = await fetch(`/api${path}`, {
    ...init,
    headers: {
      'x-inspector-token': TOKEN,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
  });
  const body = await answer.json();
  if (!answer.ok) throw new Error(body.error ?? `HTTP ${answer.status}`);
  return body;
};

const showTab = (name) => {
  for (const tab of document.querySelectorAll('.tab')) tab.hidden = tab.id !== name;
  for (const button of document.querySelectorAll('nav [data-tab]'))
    button.setAttribute('aria-pressed', String(button.dataset.tab === name));
};

const note = (id, { total, sampled }, noun) => {
  byId(id).textContent =
    `${total} ${noun}${sampled ? ' (from a sample of the table: the newest of the first records read)' : ''}.`;
};

const fail = (id, error) => {
  byId(id).textContent = `Could not load: ${error.message}`;
};

const recordRow = (row) => {
  const label = row.title ?? (row.reason ? `(${row.reason})` : '(no title)');
  const open = el('button', { text: label, className: 'link' });
  open.addEventListener('click', () => openArticle(row.articleId));
  return el('tr', { attrs: { 'data-article-id': row.articleId } }, [
    el('td', {}, [el('span', { text: row.status, className: `status status-${row.status}` })]),
    el('td', { text: row.format ?? '' }),
    el('td', { className: 'title' }, [open]),
    el('td', { text: row.publishedDate ?? '' }),
    el('td', { text: row.language ?? '' }),
    el('td', { text: row.item ? `${row.key} › ${row.item}` : row.key, className: 'key' }),
  ]);
};

const loadRecords = async () => {
  try {
    const answer = await api('/records');
    byId('records-rows').replaceChildren(...answer.rows.map(recordRow));
    note('records-note', answer, 'records');
  } catch (error) {
    fail('records-note', error);
  }
};

const loadRejected = async () => {
  try {
    const answer = await api('/rejected');
    const rows = answer.rows.map((row) =>
      el('tr', { attrs: { 'data-article-id': row.articleId } }, [
        el('td', { text: row.item ? `${row.key} › ${row.item}` : row.key, className: 'key' }),
        el('td', { text: row.reason ?? '', className: 'reason' }),
        el('td', { text: row.reasonDetail ?? '' }),
        el('td', { text: row.ingestedAt }),
      ]),
    );
    byId('rejected-rows').replaceChildren(...rows);
    note('rejected-note', answer, 'rejected records');
  } catch (error) {
    fail('rejected-note', error);
  }
};

/** Redrives through the control API's own route: by key prefix, or every dead letter. */
const redrive = async (filter) => {
  const query = filter === undefined ? '' : `?filter=${encodeURIComponent(filter)}`;
  try {
    const { moved } = await api(`/dead-letters/redrive${query}`, { method: 'POST', body: '{}' });
    await loadDeadLetters();
    byId('dead-letters-note').textContent += ` Moved ${moved.length} back to the ingest queue.`;
  } catch (error) {
    fail('dead-letters-note', error);
  }
};

const deadLetterRow = (message) => {
  const first = message.keys[0];
  const button = el('button', { text: 'Redrive', className: 'redrive' });
  button.disabled = first === undefined;
  button.addEventListener('click', () => redrive(first));
  return el('tr', { attrs: { 'data-message-id': message.messageId } }, [
    el('td', { text: message.keys.join(', ') || '(no object keys)', className: 'key' }),
    el('td', { text: message.receiveCount }),
    el('td', { text: message.sentAt }),
    el('td', { text: message.lastError ?? '' }),
    el('td', {}, [button]),
  ]);
};

const loadDeadLetters = async () => {
  try {
    const { messages } = await api('/dead-letters');
    byId('dead-letter-rows').replaceChildren(...messages.map(deadLetterRow));
    byId('dead-letters-note').textContent =
      `${messages.length} message(s) in the dead-letter queue.`;
  } catch (error) {
    fail('dead-letters-note', error);
  }
};

const shown = (value) => {
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

const fieldList = (record) => {
  const present = (name) =>
    record[name] !== undefined && !(Array.isArray(record[name]) && record[name].length === 0);
  const rows = FIELDS.filter(present).flatMap((name) => [
    el('dt', { text: name }),
    el('dd', { text: shown(record[name]) }),
  ]);
  const source = record.source ?? {};
  rows.push(el('dt', { text: 'key' }), el('dd', { text: source.key ?? '', className: 'key' }));
  for (const entity of record.entities ?? [])
    rows.push(
      el('dt', { text: entity.kind }),
      el('dd', { text: `${entity.name} ×${entity.mentions}` }),
    );
  return rows;
};

/** One run of the body: a text node, a mark, a quote, or a mark inside a quote. */
const segmentNode = (segment) => {
  const kinds = segment.kinds ?? [];
  const markKind = kinds.find((kind) => MARK_KINDS.has(kind));
  let node = document.createTextNode(segment.text);
  if (markKind) {
    node = el('mark', { className: markKind, attrs: { title: segment.label ?? '' } }, [node]);
  }
  if (kinds.includes('quote')) {
    node = el('span', { className: 'quote', attrs: { title: segment.label ?? '' } }, [node]);
  }
  return node;
};

const openArticle = async (articleId) => {
  showTab('article');
  byId('article-title').textContent = 'Loading…';
  byId('article-fields').replaceChildren();
  byId('article-text').replaceChildren();
  try {
    const view = await api(`/record?id=${encodeURIComponent(articleId)}`);
    const { record } = view;
    byId('article-title').textContent = record.title ?? `${record.status}: ${record.source.key}`;
    byId('article-fields').replaceChildren(...fieldList(record));
    const text = (view.segments ?? []).map(segmentNode);
    if (view.cut)
      text.push(
        el('p', { text: '(The text goes on: the page shows its start.)', className: 'note' }),
      );
    for (const item of view.items ?? [])
      text.push(el('p', {}, [recordRow(item).querySelector('button')]));
    byId('article-text').replaceChildren(...text);
  } catch (error) {
    byId('article-title').textContent = `Could not load: ${error.message}`;
  }
};

const svg = (tag, attrs) => {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
};

/** Bars: records per minute; line: median lag, each on its own scale. */
const drawChart = ({ minutes }) => {
  const width = 900;
  const height = 100;
  const step = width / Math.max(1, minutes.length);
  const most = Math.max(1, ...minutes.map((m) => m.records));
  const lags = minutes.filter((m) => m.lagMs !== undefined).map((m) => m.lagMs);
  const longest = Math.max(1, ...lags);
  const nodes = [svg('line', { x1: 0, y1: height, x2: width, y2: height, class: 'axis' })];
  const points = [];
  minutes.forEach((minute, index) => {
    const barHeight = (minute.records / most) * height;
    const bar = svg('rect', {
      x: index * step + 1,
      y: height - barHeight,
      width: step - 2,
      height: barHeight,
      class: 'bar',
    });
    const lag =
      minute.lagMs === undefined ? '' : `, median lag ${(minute.lagMs / 1000).toFixed(1)} s`;
    bar.append(svg('title', {}));
    bar.lastChild.textContent = `${minute.minute.slice(11, 16)}: ${minute.records} record(s)${lag}`;
    nodes.push(bar);
    if (minute.lagMs === undefined) return;
    const x = index * step + step / 2;
    const y = height - (minute.lagMs / longest) * (height - 4); // the top dot stays whole
    points.push(`${x},${y}`);
    // A dot per minute: a lone minute draws no line.
    nodes.push(svg('circle', { cx: x, cy: y, r: 3, class: 'lag-dot' }));
  });
  if (points.length > 1) nodes.push(svg('polyline', { points: points.join(' '), class: 'lag' }));
  const peak = svg('text', { x: 4, y: 112, class: 'label' });
  peak.textContent = `max ${most}/min; lag max ${(longest / 1000).toFixed(1)} s`;
  nodes.push(peak);
  byId('chart-svg').replaceChildren(...nodes);
  const total = minutes.reduce((sum, m) => sum + m.records, 0);
  byId('chart-note').textContent = `${total} record(s) built in the last hour.`;
};

const loadChart = async () => {
  try {
    drawChart(await api('/throughput'));
  } catch (error) {
    fail('chart-note', error);
  }
};

const refresh = () => Promise.all([loadRecords(), loadRejected(), loadDeadLetters(), loadChart()]);

for (const button of document.querySelectorAll('nav [data-tab]'))
  button.addEventListener('click', () => showTab(button.dataset.tab));
byId('refresh').addEventListener('click', refresh);
byId('back').addEventListener('click', () => showTab('records'));
byId('redrive-all').addEventListener('click', () => redrive(undefined));
refresh();
