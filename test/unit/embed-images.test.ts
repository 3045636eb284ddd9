// Saved HTML requests nothing when opened (issue 12): the images the reader can read are
// embedded as data: URLs, the others become their alt text and a link.
import { afterEach, expect, it, vi } from 'vitest';
import { embedImages } from '../../src/content/lazy/embed-images';

afterEach(() => vi.unstubAllGlobals());

it('embeds readable images, links the rest, and drops srcset and <picture> sources', async () => {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    if (url.startsWith('https://news.example/')) {
      // jsdom's own Blob, which its FileReader reads (Node's Response gives Node's).
      const blob = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], {
        type: 'image/svg+xml',
      });
      return { ok: true, blob: async () => blob };
    }
    throw new TypeError('CORS');
  });
  const html = [
    '<figure><picture><source srcset="https://cdn.example/big.webp">',
    '<img src="/wall.svg" srcset="/wall-2x.svg 2x" alt="The wall"></picture></figure>',
    '<p>Text <img src="https://tracker.example/pixel.gif" alt="">',
    '<img src="https://cdn.example/boat.jpg" alt="The  boat"></p>',
  ].join('');
  const out = await embedImages(html, 'https://news.example/story');
  const template = document.createElement('template');
  template.innerHTML = out;
  const images = [...template.content.querySelectorAll('img')];
  expect(images.map((img) => img.getAttribute('src')?.slice(0, 19))).toEqual([
    'data:image/svg+xml;',
  ]);
  expect(images[0]?.hasAttribute('srcset')).toBe(false);
  expect(template.content.querySelector('source')).toBeNull();
  const links = [...template.content.querySelectorAll('a')].map((a) => [a.href, a.textContent]);
  expect(links).toEqual([
    ['https://tracker.example/pixel.gif', 'https://tracker.example/pixel.gif'],
    ['https://cdn.example/boat.jpg', 'The boat'],
  ]);
  expect(fetched).toEqual([
    'https://news.example/wall.svg',
    'https://tracker.example/pixel.gif',
    'https://cdn.example/boat.jpg',
  ]);
});
