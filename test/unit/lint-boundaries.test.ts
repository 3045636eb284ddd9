import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The boundaries of issue 9 (and issue 8's for the core), checked on imports written here, so a
// rule that stops matching fails a test rather than letting a bad import through.
const eslint = new ESLint();

async function restricted(filePath: string, from: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport { x };\n`, {
    filePath,
  });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it('the popup never imports the content script', async () => {
    expect(await restricted('src/popup/x.ts', '../content/reader')).toBe(true);
    expect(await restricted('src/popup/x.ts', '../shared/messages')).toBe(false);
    expect(await restricted('src/popup/x.ts', './export-buttons')).toBe(false);
  });

  it('a feature imports only its context, the core and shared modules', async () => {
    const feature = 'src/content/features/some-feature.ts';
    expect(await restricted(feature, './context')).toBe(false);
    expect(await restricted(feature, '../../core/article')).toBe(false);
    expect(await restricted(feature, '../../core/export/text')).toBe(false);
    expect(await restricted(feature, '../../shared/settings')).toBe(false);
    expect(await restricted(feature, 'dompurify')).toBe(false);
    expect(await restricted(feature, '../overlay')).toBe(true);
    expect(await restricted(feature, '../reader')).toBe(true);
    expect(await restricted(feature, './other-feature')).toBe(true);
    expect(await restricted(feature, '../../popup/index')).toBe(true);
    expect(await restricted(feature, '../../background/inject')).toBe(true);
  });

  it('the core imports no extension API and nothing outside it', async () => {
    const core = 'src/core/extract/x.ts';
    expect(await restricted(core, '../../shared/browser')).toBe(true);
    expect(await restricted(core, '../../shared/messages')).toBe(true);
    expect(await restricted(core, 'webextension-polyfill')).toBe(true);
    expect(await restricted(core, '../../content/reader')).toBe(true);
    expect(await restricted(core, '../article')).toBe(false);
  });
});
