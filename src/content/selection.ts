/**
 * What the reader selected on the page, copied: every range of the selection (Firefox allows
 * several), outside Clearpage's own overlay. The page is only read.
 */
export function selectedFragment(): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const selection = document.getSelection();
  if (!selection) return fragment;
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    if (!range.collapsed) fragment.append(range.cloneContents());
  }
  return fragment;
}
