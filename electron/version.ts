import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The version in package.json, read once (bundles and tsx both run from the project or app folder). */
export function appVersion(root: string = process.cwd()): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
