/**
 * An in-memory stand-in for the parts of the extension API Clearpage uses, for unit tests
 * (vi.mock of src/shared/browser). Storage areas can be made to fail like a sync quota error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Listener = (...args: never[]) => unknown;

function event<L extends Listener>() {
  const listeners = new Set<L>();
  return {
    addListener: (l: L) => void listeners.add(l),
    removeListener: (l: L) => void listeners.delete(l),
    hasListener: (l: L) => listeners.has(l),
    listeners,
  };
}

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/**
 * `i18n` as the browser has it, in the language set by `useLocale` (public/_locales/<lang>);
 * before that, getMessage answers '' like an API with no messages.
 */
function i18n() {
  let messages: Messages = {};
  let locale = 'en';
  return {
    useLocale(lang: string) {
      const file = join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`);
      messages = JSON.parse(readFileSync(file, 'utf8')) as Messages;
      locale = lang;
    },
    getUILanguage: () => locale,
    getMessage(name: string, substitutions: string[] = []): string {
      if (name === '@@ui_locale') return locale;
      const entry = messages[name];
      if (!entry) return '';
      const text = entry.message.replace(
        /\$(\w+)\$/g,
        (_, p: string) => entry.placeholders?.[p.toLowerCase()]?.content ?? '',
      );
      return text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    },
  };
}

interface Script {
  id: string;
  matches: string[];
  js: string[];
}
interface Filter {
  ids: string[];
}

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

function storageArea(name: 'sync' | 'local', onChanged: ReturnType<typeof event>) {
  const data = new Map<string, unknown>();
  const area = {
    data,
    failWith: null as Error | null,
    async get(key: string) {
      if (area.failWith) throw area.failWith;
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items: Record<string, unknown>) {
      if (area.failWith) throw area.failWith;
      const changes: Changes = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data.get(key), newValue: structuredClone(value) };
        data.set(key, structuredClone(value));
      }
      for (const l of onChanged.listeners) (l as (c: Changes, a: string) => void)(changes, name);
    },
  };
  return area;
}

export function createFakeBrowser() {
  const onChanged = event();
  const onMessage = event<(message: unknown, sender: unknown) => unknown>();
  const sent: { tabId: number; message: unknown }[] = [];
  const registered = new Map<string, Script>();
  const granted = new Set<string>();
  const calls: { api: string; args: unknown }[] = [];
  const record = (api: string, answer?: (args: never) => unknown) => async (args: unknown) => {
    calls.push({ api, args });
    return answer?.(args as never);
  };
  return {
    action: {
      onClicked: event<(tab: { id?: number }) => void>(),
      setPopup: record('action.setPopup'),
      openPopup: record('action.openPopup'),
    },
    commands: { onCommand: event<(command: string, tab?: { id?: number }) => void>() },
    contextMenus: {
      create: (props: unknown) => void calls.push({ api: 'contextMenus.create', args: props }),
      onClicked: event<(info: { menuItemId: string | number }, tab?: { id?: number }) => void>(),
    },
    scripting: {
      executeScript: record('scripting.executeScript', (args: { target: { tabId: number } }) => {
        if (args.target.tabId < 0) throw new Error('Cannot access a chrome:// URL');
        return [{ result: undefined }];
      }),
      /** Registered content scripts by id, as the browser keeps them. */
      registered,
      registerContentScripts: record('scripting.registerContentScripts', (scripts: Script[]) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, structuredClone(script));
        }
      }),
      unregisterContentScripts: record('scripting.unregisterContentScripts', (f: Filter) => {
        for (const id of f.ids) {
          if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
        }
      }),
      getRegisteredContentScripts: async () => [...registered.values()],
    },
    /** Host permissions granted, as origin patterns ("https://a.example/*"). */
    permissions: {
      granted,
      contains: async ({ origins = [] }: { origins?: string[] }) =>
        origins.every((o) => granted.has(o)),
      remove: record('permissions.remove', ({ origins = [] }: { origins?: string[] }) => {
        for (const o of origins) granted.delete(o);
        return true;
      }),
      request: record('permissions.request', () => false),
      onRemoved: event<() => void>(),
    },
    calls,
    storage: {
      onChanged,
      sync: storageArea('sync', onChanged),
      local: storageArea('local', onChanged),
    },
    runtime: {
      onMessage,
      onInstalled: event<(details: { reason: string }) => void>(),
      onStartup: event<() => void>(),
      sendMessage: async (message: unknown) => dispatch(message, {}),
      /** Delivers a message as if a content script in `sender.tab` had sent it. */
      deliver: (message: unknown, sender: unknown) => dispatch(message, sender),
    },
    tabs: {
      onUpdated: event<(tabId: number, change: { status?: string }) => void>(),
      sendMessage: async (tabId: number, message: unknown) => {
        sent.push({ tabId, message });
        return dispatch(message, { tab: { id: tabId } });
      },
    },
    sent,
    i18n: i18n(),
  };

  async function dispatch(message: unknown, sender: unknown) {
    for (const listener of onMessage.listeners) {
      const answer = listener(message, sender);
      if (answer !== undefined) return answer;
    }
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
