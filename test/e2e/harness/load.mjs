// Lets the Node scripts (demo, speed bench) reuse this TypeScript harness. Node 20 cannot run
// TypeScript; Vite, already a dev dependency, transpiles it on the fly (its SSR module loader,
// the same machinery Vitest runs the tests with).
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Loads harness modules by name (e.g. 'chromium' → test/e2e/harness/chromium.ts).
 * Call `close()` when done; the loaded functions must not be used after it.
 */
export async function loadHarness(...names) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const modules = await Promise.all(
    names.map((name) => server.ssrLoadModule(`/test/e2e/harness/${name}.ts`)),
  );
  return { modules, close: () => server.close() };
}
