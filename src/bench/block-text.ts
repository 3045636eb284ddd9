/**
 * Plain Readability's text for scoring, built block by block: `textContent` glues adjacent
 * paragraphs into one token ("…end</p><p>Next" → "endNext"), which would cost it shingles no
 * reader ever sees. Blocks are separated by blank lines, `<br>` by a newline, and whitespace
 * inside a block collapses as rendered text does (except in `<pre>`).
 */

const BLOCKS = new Set(
  (
    'address article aside blockquote caption dd details div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody ' +
    'td tfoot th thead tr ul'
  ).split(' '),
);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

interface Walk {
  blocks: string[];
  line: string;
}

function flush(walk: Walk): void {
  const text = walk.line.trim();
  if (text) walk.blocks.push(text);
  walk.line = '';
}

function visit(node: Node, walk: Walk, pre: boolean): void {
  if (node.nodeType === 3) {
    const data = node.nodeValue ?? '';
    if (pre) walk.line += data;
    else {
      const text = data.replace(/[ \t\n\r\f]+/g, ' ');
      walk.line += walk.line.endsWith('\n') || walk.line.endsWith(' ') ? text.trimStart() : text;
    }
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const tag = node.nodeType === 1 ? (node as Element).localName : '';
  if (SKIP.has(tag)) return;
  if (tag === 'br') {
    walk.line = `${walk.line.trimEnd()}\n`;
    return;
  }
  const block = BLOCKS.has(tag) || tag === '';
  if (block) flush(walk);
  for (let child = node.firstChild; child; child = child.nextSibling) {
    visit(child, walk, pre || tag === 'pre');
  }
  if (block) flush(walk);
}

export function blockText(root: Node): string {
  const walk: Walk = { blocks: [], line: '' };
  visit(root, walk, false);
  flush(walk);
  return walk.blocks.join('\n\n');
}
