/**
 * The reader's features, in the order their toolbar items appear (issue 9). Each is one file,
 * features/<id>.ts, exporting `mount(ctx)`; its id is that file name, its CSS class prefix and
 * its test's name (test/unit/features/<id>.test.ts, checked by test/unit/features.test.ts).
 * "More controls" and "Close reader" are the shell's (toolbar.ts) and end the bar.
 */
import type { Feature } from './context';
import * as fontSize from './font-size';
import * as theme from './theme';
import * as saveText from './save-text';
import * as copyText from './copy-text';
import * as saveMenu from './save-menu';
import * as showRemoved from './show-removed';
import * as removeBlock from './remove-block';
import * as readAloud from './read-aloud';
import * as outline from './outline';
import * as pickArticle from './pick-article';

export const FEATURES: readonly Feature[] = Object.freeze([
  { id: 'font-size', mount: fontSize.mount },
  // Fixed on the bar after the text size, so its place is the same before and after layout.
  { id: 'outline', mount: outline.mount },
  { id: 'theme', mount: theme.mount },
  { id: 'save-text', mount: saveText.mount },
  { id: 'copy-text', mount: copyText.mount },
  { id: 'save-menu', mount: saveMenu.mount },
  { id: 'show-removed', mount: showRemoved.mount },
  { id: 'remove-block', mount: removeBlock.mount },
  { id: 'read-aloud', mount: readAloud.mount },
  { id: 'pick-article', mount: pickArticle.mount },
]);
