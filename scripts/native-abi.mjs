#!/usr/bin/env node
// better-sqlite3 is a native module built for one runtime at a time: Node's ABI
// (tests, serve, CLI, bench) or Electron's (npm start, packaging). This makes
// sure it is built for the runtime about to use it, and says what it does, on
// stderr only: it runs before `npm run cli`, whose stdout (`--json`) is for machines.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const target = process.argv[2];
const marker = '.native-abi';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function loadsInNode() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    stdio: 'pipe',
  });
  return probe.status === 0;
}

function run(command, args) {
  // The rebuild's own output goes to our stderr too (fd 2), for the same reason.
  const result = spawnSync(command, args, { stdio: ['inherit', 2, 2], shell: process.platform === 'win32' });
  return result.status === 0;
}

if (target === 'node') {
  if (loadsInNode()) {
    writeFileSync(marker, 'node\n');
    process.exit(0);
  }
  console.error('better-sqlite3 chưa được dựng cho Node: đang dựng lại (npm rebuild better-sqlite3)…');
  if (!run(npm, ['rebuild', 'better-sqlite3']) || !loadsInNode()) {
    console.error('Không dựng được better-sqlite3 cho Node. Cần python3, make và trình biên dịch C++.');
    process.exit(1);
  }
  writeFileSync(marker, 'node\n');
} else if (target === 'electron') {
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === 'electron') process.exit(0);
  console.error('Đang dựng better-sqlite3 cho Electron (electron-builder install-app-deps; cần internet)…');
  if (!run(npx, ['electron-builder', 'install-app-deps'])) {
    console.error(
      'Không dựng được better-sqlite3 cho Electron (máy không có internet?). ' +
        'Trên máy này, hãy dùng "npm run serve" để chạy Plan Desk trong trình duyệt.',
    );
    process.exit(1);
  }
  writeFileSync(marker, 'electron\n');
} else {
  console.error('usage: node scripts/native-abi.mjs node|electron');
  process.exit(2);
}
