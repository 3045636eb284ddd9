// The few extension APIs the tests call inside extension pages and service workers
// (through Playwright's evaluate); the project itself types them via webextension-polyfill.
declare namespace chrome {
  namespace runtime {
    function getManifest(): { name: string; version: string; permissions?: string[] };
    function sendMessage(message: unknown): Promise<unknown>;
    function reload(): void;
  }
  namespace i18n {
    function getMessage(name: string, substitutions?: string[]): string;
    function getUILanguage(): string;
  }
  namespace tabs {
    interface Tab {
      id?: number;
      url?: string;
      active: boolean;
    }
    function query(filter: object): Promise<Tab[]>;
  }
  namespace extension {
    function isAllowedFileSchemeAccess(): Promise<boolean>;
  }
  namespace commands {
    function getAll(): Promise<{ name?: string; shortcut?: string }[]>;
  }
  namespace scripting {
    function executeScript(injection: {
      target: { tabId: number };
      files?: string[];
      func?: () => unknown;
    }): Promise<{ result?: unknown }[]>;
  }
  namespace action {
    function setPopup(details: { tabId?: number; popup: string }): Promise<void>;
  }
  namespace storage {
    interface Area {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    }
    const sync: Area;
    const local: Area;
  }
}
