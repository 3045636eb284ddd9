// The setup most Chromium test files share: the built extension in a fresh Chromium profile and
// the static page server, started before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type ChromiumSession } from './chromium';
import { builtExtension } from './expected';
import { serveStatic, type StaticServer } from './server';

export interface ChromiumSuite {
  readonly server: StaticServer;
  readonly chromium: ChromiumSession;
}

/** Registers the file's beforeAll/afterAll; the fields are set once beforeAll has run. */
export function chromiumSuite(): ChromiumSuite {
  const suite = {} as { server: StaticServer; chromium: ChromiumSession };
  beforeAll(async () => {
    suite.server = await serveStatic();
    suite.chromium = await launchChromium({ extensionDirs: [builtExtension('chrome')] });
  });
  afterAll(async () => {
    await suite.chromium?.close();
    await suite.server?.close();
  });
  return suite;
}
