#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium. Install it when it is missing
// and we can (root with apt-get); otherwise say exactly what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (findChromium()) process.exit(0);

const canApt = process.platform === 'linux' && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
if (!canApt) {
  console.error(
    'Không tìm thấy Chromium cho kiểm thử đầu-cuối. Hãy cài (Debian: "apt-get install -y chromium") ' +
      'hoặc đặt biến PLAN_DESK_CHROMIUM trỏ tới tệp chạy Chromium/Chrome.',
  );
  process.exit(1);
}
console.log('Đang cài Chromium (apt-get install -y chromium)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} thất bại.`);
    process.exit(1);
  }
}
if (!findChromium()) {
  console.error('Đã cài nhưng vẫn không thấy /usr/bin/chromium.');
  process.exit(1);
}
