/**
 * The one door to the extension APIs. Everything that talks to the browser imports from here,
 * so unit tests mock this module (importing webextension-polyfill outside an extension throws).
 */
import browser from 'webextension-polyfill';

export default browser;

/**
 * Whether `action.openPopup()` only works inside the handler of the user's click. Firefox (its
 * stable releases) refuses it afterwards; Chromium opens the popup whenever asked, with no user
 * gesture needed since Chrome 127. `runtime.getBrowserInfo` exists in Firefox only.
 */
export const popupNeedsUserAction = typeof browser.runtime?.getBrowserInfo === 'function';
/**
 * Chromium's offscreen documents (https://developer.chrome.com/docs/extensions/reference/api/offscreen),
 * which the polyfill passes through as `browser.offscreen` without types; Firefox has none.
 */
export interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

export type { Browser, Runtime, Storage, Tabs } from 'webextension-polyfill';
