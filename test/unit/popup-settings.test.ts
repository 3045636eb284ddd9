// The popup's reading settings against the real popup.html, with an in-memory browser: every
// control is labelled, writes its one setting, and shows changes made elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/shared/browser', () => ({
  get default() {
    return fake;
  },
}));

const { initSettingsForm } = await import('../../src/popup/settings-form');
const { DEFAULT_SETTINGS, loadSettings, saveSettings } = await import('../../src/shared/settings');

const html = readFileSync(join(import.meta.dirname, '../../src/popup/popup.html'), 'utf8');

const byLabel = <T extends HTMLElement>(text: string): T => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label?.control) throw new Error(`no control labelled "${text}"`);
  return label.control as T;
};
const radio = (name: string, value: string) =>
  document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;

function change(el: HTMLInputElement | HTMLSelectElement, value?: string) {
  if (value !== undefined) el.value = value;
  if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = true;
  el.dispatchEvent(new Event(el.type === 'range' ? 'input' : 'change', { bubbles: true }));
}

beforeEach(async () => {
  fake = createFakeBrowser();
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  await initSettingsForm();
});

describe('popup reading settings', () => {
  it('labels every control, with limits from the settings module', () => {
    expect(byLabel<HTMLInputElement>('Font size').type).toBe('range');
    expect(byLabel<HTMLSelectElement>('Font').tagName).toBe('SELECT');
    const lineHeight = byLabel<HTMLInputElement>('Line height');
    expect([lineHeight.min, lineHeight.max, lineHeight.step]).toEqual(['1.2', '2.2', '0.1']);
    const width = byLabel<HTMLInputElement>('Content width');
    expect([width.min, width.max, width.step]).toEqual(['26', '60', '2']);
    for (const legend of ['Alignment', 'Theme']) {
      const fieldset = [...document.querySelectorAll('fieldset')].find(
        (f) => f.querySelector('legend')?.textContent === legend,
      );
      expect(fieldset?.querySelectorAll('input[type=radio]').length, legend).toBeGreaterThan(1);
    }
    expect(document.getElementById('reset')!.textContent?.trim()).toBe('Reset to defaults');
  });

  it('writes each control to its own setting', async () => {
    change(byLabel('Font'), 'legible');
    change(byLabel('Line height'), '1.9');
    change(byLabel('Content width'), '48');
    change(radio('align', 'justify'));
    change(radio('theme', 'sepia'));
    change(byLabel('Font size'), '150');
    change(byLabel('Letter spacing'), '0.03');
    change(byLabel('Word spacing'), '0.08');
    const font = byLabel<HTMLInputElement>('Font on this computer');
    font.value = ' Noto Serif ';
    font.dispatchEvent(new Event('input', { bubbles: true }));
    for (const name of ['Hyphenate long words', 'Hide images']) {
      const box = byLabel<HTMLInputElement>(name);
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await vi.waitFor(async () =>
      expect(await loadSettings()).toEqual({
        fontSize: 150,
        fontFamily: 'legible',
        lineHeight: 1.9,
        width: 48,
        align: 'justify',
        theme: 'sepia',
        letterSpacing: 0.03,
        wordSpacing: 0.08,
        customFont: 'Noto Serif',
        hyphenate: true,
        hideImages: true,
        // Read aloud's voices are chosen in the reader, not here.
        readAloudVoices: {},
      }),
    );
    expect(document.getElementById('letter-spacing-value')!.textContent).toBe('+3%');
    // A name that would leave the quoted CSS string is marked and not saved.
    font.value = 'x"; color: red';
    font.dispatchEvent(new Event('input', { bubbles: true }));
    expect(font.getAttribute('aria-invalid')).toBe('true');
    expect((await loadSettings()).customFont).toBe('Noto Serif');
    expect(document.getElementById('line-height-value')!.textContent).toBe('1.9');
    // The line length in words, not "48 em".
    expect(document.getElementById('width-value')!.textContent).toBe('Wide');
  });

  it('follows changes made elsewhere, and "Reset to defaults" puts every control back', async () => {
    await saveSettings({ theme: 'dark', fontFamily: 'sans', lineHeight: 2 });
    expect(radio('theme', 'dark').checked).toBe(true);
    expect(byLabel<HTMLSelectElement>('Font').value).toBe('sans');
    expect(byLabel<HTMLInputElement>('Line height').value).toBe('2');
    document.getElementById('reset')!.click();
    await vi.waitFor(() => expect(radio('theme', 'system').checked).toBe(true));
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS });
    expect(byLabel<HTMLSelectElement>('Font').value).toBe('serif');
    expect(byLabel<HTMLInputElement>('Line height').value).toBe('1.6');
    expect(radio('align', 'start').checked).toBe(true);
  });

  it('opens the folded settings when one of them is in force', async () => {
    const more = () => document.querySelector<HTMLDetailsElement>('#more-settings')!;
    expect(more().open).toBe(false);
    await saveSettings({ hideImages: true });
    document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    await initSettingsForm();
    expect(more().open).toBe(true);
    expect(byLabel<HTMLInputElement>('Hide images').checked).toBe(true);
  });
});
