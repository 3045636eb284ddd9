/**
 * Markup a browser would read as one page but linkedom would not root at `<html>`: the page's
 * own doctype, `<html>`, `<head>` and `<body>` tags are taken out and their attributes (lang,
 * dir, class) kept on one fresh skeleton, so the content lands in a real `<body>`.
 */

const DOCTYPE = /<!doctype(?=[\s>])[^>]*>/gi;
const HTML_TAG = /<\/?html(?=[\s/>])[^>]*>/gi;
const HEAD_TAG = /<\/?head(?=[\s/>])[^>]*>/gi;
const BODY_TAG = /<\/?body(?=[\s/>])[^>]*>/gi;

/** The attributes of the first opening `<name …>` tag, e.g. ` lang="en"`, or ''. */
function attributesOf(html: string, name: string): string {
  const match = new RegExp(`<${name}(?=[\\s/>])([^>]*)>`, 'i').exec(html);
  return (match?.[1] ?? '').replace(/\/\s*$/, '');
}

export function wrapLikeABrowser(html: string): string {
  const htmlAttributes = attributesOf(html, 'html');
  const bodyAttributes = attributesOf(html, 'body');
  const content = html
    .replace(DOCTYPE, '')
    .replace(HTML_TAG, '')
    .replace(HEAD_TAG, '')
    .replace(BODY_TAG, '');
  return `<!doctype html><html${htmlAttributes}><head></head><body${bodyAttributes}>${content}</body></html>`;
}
