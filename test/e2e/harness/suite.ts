// The setup most e2e files share: the built extension in a fresh browser profile and the static
// page server, started before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type ChromiumSession } from './chromium';
import { builtExtension } from './expected';
import { launchFirefox, type FirefoxSession } from './firefox';
import { serveStatic, type StaticServer } from './server';

export interface ChromiumSuite {
  readonly server: StaticServer;
  readonly chromium: ChromiumSession;
}

export interface FirefoxSuite {
  readonly server: StaticServer;
  readonly firefox: FirefoxSession;
}

/** Registers the file's beforeAll/afterAll; `server` and `browser` are set once beforeAll ran. */
function browserSuite<B extends { close(): Promise<void> }>(launch: () => Promise<B>) {
  const suite = {} as { server: StaticServer; browser: B };
  beforeAll(async () => {
    suite.server = await serveStatic();
    suite.browser = await launch();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

export function chromiumSuite(): ChromiumSuite {
  const suite = browserSuite(() => launchChromium({ extensionDirs: [builtExtension('chrome')] }));
  return {
    get server() {
      return suite.server;
    },
    get chromium() {
      return suite.browser;
    },
  };
}

export function firefoxSuite(): FirefoxSuite {
  const suite = browserSuite(() => launchFirefox(builtExtension('firefox')));
  return {
    get server() {
      return suite.server;
    },
    get firefox() {
      return suite.browser;
    },
  };
}
