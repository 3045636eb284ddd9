declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    defaultEncoding?: string;
  }
  /** The HTML Standard's encoding sniffing: a canonical encoding name such as "utf-8". */
  export default function sniffHtmlEncoding(bytes: Uint8Array, options?: SniffOptions): string;
}
