/**
 * A toolbar icon: a stroked path on a 24×24 grid, drawn with the button's own colour (so every
 * theme and forced colours apply). It is hidden from assistive technology: the button's label
 * names it, so no visible text can disagree with the spoken name (WCAG 2.5.3).
 */
const SVG = 'http://www.w3.org/2000/svg';

export function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'glyph');
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('d', path);
  svg.append(line);
  return svg;
}

/** An icon button, named by its label, which is also its tooltip. */
export function iconButton(label: string, path: string, cls: string, onClick: () => void) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `icon ${cls}`;
  button.setAttribute('aria-label', label);
  button.title = label;
  button.append(icon(path));
  button.addEventListener('click', onClick);
  return button;
}
