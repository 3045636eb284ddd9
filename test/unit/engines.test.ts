// package.json's `engines` is the real minimum: every installed package accepts every Node it
// allows, so `npm ci` prints no EBADENGINE warning on any of them (issue 10). A dependency
// bump that needs a newer Node fails here rather than as a warning a new user sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
const ours: string = pkg.engines.node;

const demands = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
  .filter(([path, entry]) => path && entry.engines?.node)
  .map(([path, entry]) => ({ path, range: entry.engines!.node! }));

describe('engines.node', () => {
  it('is accepted by every package in the lock file', () => {
    const refused = demands.filter(({ range }) => !semver.subset(ours, range));
    expect(refused).toEqual([]);
  });

  it('is no wider than needed: its lowest version is some package’s lowest', () => {
    const lowest = semver.minVersion(ours)!.version;
    expect(demands.some(({ range }) => semver.minVersion(range)!.version === lowest)).toBe(true);
  });

  it('includes the Node this runs on', () => {
    expect(semver.satisfies(process.version, ours)).toBe(true);
  });
});
