/**
 * The one door to the extension APIs. Everything that talks to the browser imports from here,
 * so unit tests mock this module (importing webextension-polyfill outside an extension throws).
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Storage, Tabs } from 'webextension-polyfill';
