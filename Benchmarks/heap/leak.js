// Writes three heap snapshots (s1, s2, s3) of a process that leaks `Session` objects into a module-level
// array, on top of a large live baseline, for `memblame-bench heap`.
// Usage: node leak.js OUT_DIR [BASE_OBJECTS] [SESSIONS_PER_PHASE]
'use strict';
const v8 = require('v8');
const fs = require('fs');
const path = require('path');

const out = process.argv[2] || '.';
const baseCount = Number(process.argv[3] || 230000);
const perPhase = Number(process.argv[4] || 20000);
fs.mkdirSync(out, { recursive: true });

// A large live baseline (a cache that is *meant* to be there): DevTools groups it as `Entry`.
class Entry {
  constructor(i) {
    this.id = i;
    this.name = 'entry-' + i;
    this.tags = [i, i + 1, i + 2];
    this.owner = { kind: 'owner', n: i };
  }
}
const entries = new Map();
for (let i = 0; i < baseCount; i++) entries.set('k' + i, new Entry(i));

// The leak: every "request" pushes a Session into a module-level array that nothing ever clears.
class Session {
  constructor(i) {
    this.id = i;
    this.user = 'user-' + i;
    this.buffer = new Array(8).fill(i);
    this.headers = { host: 'localhost', path: '/q/' + i };
  }
}
const sessions = [];
let next = 0;
function handle() { sessions.push(new Session(next++)); }
// A long-lived listener keeps the module scope (and so `sessions`) reachable from the global, as a server would.
process.on('SIGUSR2', () => console.log(`${sessions.length} sessions`));

function phase(name) {
  for (let i = 0; i < perPhase; i++) handle();
  const file = path.join(out, name + '.heapsnapshot');
  v8.writeHeapSnapshot(file);
  console.log(`${file}: ${fs.statSync(file).size} bytes, ${sessions.length} sessions, ${entries.size} entries`);
}
phase('s1');
phase('s2');
phase('s3');
