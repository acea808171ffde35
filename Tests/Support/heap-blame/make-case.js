// Builds a small Node service's git history with a few PRs, one of which leaks (or none), runs the last build under
// load and writes three heap snapshots: the acceptance data of `memblame heap diff ... --repo`.
// Usage: node make-case.js OUT_DIR CASE [REQUESTS]    CASE: requests | cache | agent | none
// Writes OUT_DIR/repo (the git repository), OUT_DIR/s1.heapsnapshot ... s3, and prints one JSON line:
// {"base": SHA, "head": SHA, "pr": N or null, "file": "...", "line": "the retaining line"}
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const { execFileSync, spawn } = require('child_process');

const out = path.resolve(process.argv[2] || 'heap-blame-case');
const which = process.argv[3] || 'requests';
const perPhase = Number(process.argv[4] || 200);
const repo = path.join(out, 'repo');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(repo, { recursive: true });

let clock = Date.UTC(2026, 10, 2, 9, 0, 0) / 1000;
function git(...args) {
  clock += 600;
  const date = `${clock} +0000`;
  return execFileSync('git', args, {
    cwd: repo, encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'GitHub',
           GIT_COMMITTER_EMAIL: 'noreply@github.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date,
           GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();
}
function write(file, text) {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  fs.writeFileSync(path.join(repo, file), text);
}
function edit(file, from, to) {
  const text = fs.readFileSync(path.join(repo, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: no "${from}"`);
  write(file, text.replace(from, to));
}

// ---- The base: a quote service, a vendored monitoring agent, a formatter.
write('package.json', `{
  "name": "quote-service",
  "version": "1.0.0",
  "private": true,
  "dependencies": {
    "acme-agent": "1.2.0"
  },
  "devDependencies": {
    "left-pad": "1.1.0"
  }
}
`);
write('node_modules/acme-agent/package.json', '{ "name": "acme-agent", "version": "1.2.0", "main": "index.js" }\n');
write('node_modules/acme-agent/index.js', `'use strict';
// acme-agent: ships log lines to the monitoring backend in batches.
const pending = [];
let sent = 0;

function flush() {
  sent += pending.length;
  pending.length = 0;
}

function log(message) {
  pending.push(message);
  if (pending.length >= 10) flush();
}

module.exports = { log, stats: () => ({ sent }) };
`);
write('lib/format.js', `'use strict';
function formatPrice(value) {
  return String(Math.round(value));
}
module.exports = { formatPrice };
`);
write('server.js', `'use strict';
const http = require('http');
const v8 = require('v8');
const agent = require('acme-agent');
const { formatPrice } = require('./lib/format');

function computeQuote(symbol, id) {
  const base = symbol.length * 10 + (id % 7);
  return { symbol, id, price: base * 1.5 };
}

function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/__snapshot') {
    v8.writeHeapSnapshot(url.searchParams.get('file'));
    res.end('ok\\n');
    return;
  }
  const id = Number(url.searchParams.get('id') || 0);
  const symbol = url.searchParams.get('symbol') || 'ACME';
  const quote = computeQuote(symbol, id);
  agent.log('quote ' + symbol + ' for request ' + id);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ symbol, price: formatPrice(quote.price) }));
}

const server = http.createServer(handle);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\\n');
});
`);
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'Quote service');
const base = git('rev-parse', 'HEAD');

// ---- PRs: innocent ones, and the leaking one of this case.
let number = 40;
function pr(branch, title, change) {
  number += 1;
  git('checkout', '-q', '-b', branch);
  change();
  git('add', '-A');
  git('commit', '-q', '-m', title);
  git('checkout', '-q', 'main');
  git('merge', '-q', '--no-ff', branch, '-m', `Merge pull request #${number} from acme/${branch}`, '-m', title);
  return number;
}

const innocent = [
  () => pr('health', 'Add a health endpoint', () => edit('server.js', `  const id = Number(`, `  if (url.pathname === '/health') {
    res.end('{"ok":true}');
    return;
  }
  const id = Number(`)),
  () => pr('price-decimals', 'Format prices with two decimals', () => edit('lib/format.js', `return String(Math.round(value));`, `return value.toFixed(2);`)),
  () => pr('bump-left-pad', 'Bump left-pad from 1.1.0 to 1.3.0', () => edit('package.json', `"left-pad": "1.1.0"`, `"left-pad": "1.3.0"`)),
  () => pr('slow-log', 'Log slow quotes', () => edit('server.js', `  res.setHeader(`, `  const took = Date.now() - started;
  if (took > 1000) agent.log('slow quote ' + symbol + ' took ' + took + ' ms');
  res.setHeader(`) || edit('server.js', `  const url = new URL(`, `  const started = Date.now();
  const url = new URL(`)),
];

const expected = { pr: null, file: null, line: null };
const leaks = {
  requests: () => {
    expected.pr = pr('debug-requests', 'Keep recent requests for the debug page', () => {
      edit('server.js', `function computeQuote(`, `const requests = [];\n\nfunction computeQuote(`);
      edit('server.js', `  const id = Number(`, `  requests.push(req);\n  const id = Number(`);
    });
    expected.file = 'server.js';
    expected.line = 'requests.push(req);';
  },
  cache: () => {
    expected.pr = pr('quote-cache', 'Cache quotes by request id', () => {
      edit('server.js', `function handle(`, `class CachedQuote {
  constructor(quote) {
    this.symbol = quote.symbol;
    this.price = quote.price;
    this.lines = [];
    for (let i = 0; i < 8; i++) this.lines.push({ leg: i, price: quote.price + i });
  }
}

const quoteCache = new Map();

function handle(`);
      edit('server.js', `  const quote = computeQuote(symbol, id);`, `  let quote = quoteCache.get(id);
  if (!quote) {
    quote = new CachedQuote(computeQuote(symbol, id));
    quoteCache.set(id, quote);
  }`);
    });
    expected.file = 'server.js';
    expected.line = 'quoteCache.set(id, quote);';
  },
  agent: () => {
    expected.pr = pr('acme-agent-1.3', 'Upgrade acme-agent to 1.3.0', () => {
      edit('package.json', `"acme-agent": "1.2.0"`, `"acme-agent": "1.3.0"`);
      write('node_modules/acme-agent/package.json', '{ "name": "acme-agent", "version": "1.3.0", "main": "index.js" }\n');
      edit('node_modules/acme-agent/index.js', `let sent = 0;\n`, `let sent = 0;\n// 1.3.0: lines are kept to be replayed after a reconnect.\nconst history = [];\nconst host = require('os').hostname();\n`);
      edit('node_modules/acme-agent/index.js', `  pending.push(message);`, `  const line = '[' + host + '] ' + message;\n  history.push(line);\n  pending.push(line);`);
    });
    expected.file = 'node_modules/acme-agent/index.js';
    expected.line = 'history.push(line);';
  },
  none: () => {},
};
if (!leaks[which]) throw new Error(`unknown case ${which}`);
// The leaking PR sits between innocent ones; its place differs by case.
const place = { requests: 1, cache: 2, agent: 3, none: 0 }[which];
innocent.slice(0, place).forEach((f) => f());
leaks[which]();
innocent.slice(place).forEach((f) => f());
const head = git('rev-parse', 'HEAD');

// ---- Run the last build under load: warm-up, s1, N requests, s2, N more, s3.
const child = spawn(process.execPath, ['server.js'], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
let buffered = '';
child.stdout.on('data', (chunk) => {
  buffered += chunk;
  if (!buffered.includes('\n')) return;
  const { port } = JSON.parse(buffered.split('\n')[0]);
  run(port).then(() => { child.kill(); console.log(JSON.stringify({ base, head, ...expected })); },
                 (error) => { child.kill(); console.error(error); process.exit(1); });
});
let next = 1;
function get(port, query) {
  return new Promise((resolve, reject) => {
    // A fresh socket per request (agent: false), as separate clients would open.
    http.get({ host: '127.0.0.1', port, path: query, agent: false }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}
async function load(port, n) {
  for (let i = 0; i < n; i++) await get(port, `/quote?symbol=ACME&id=${next++}`);
}
async function snapshot(port, name) {
  await get(port, `/__snapshot?file=${encodeURIComponent(path.join(out, name + '.heapsnapshot'))}`);
}
async function run(port) {
  await load(port, 100);
  await snapshot(port, 's1');
  await load(port, perPhase);
  await snapshot(port, 's2');
  await load(port, perPhase);
  await snapshot(port, 's3');
}
