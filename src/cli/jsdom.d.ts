// The little of jsdom the CLI and bench use; @types/jsdom is not a dependency of the project.
// If it is ever added, delete this file.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; contentType?: string });
    readonly window: Window & typeof globalThis;
  }
}
