/** Publication dates: normalised to ISO 8601 for the Article, formatted for people. */

const ISO_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function zone(raw: string | undefined): string {
  if (!raw) return '';
  if (raw.toLowerCase() === 'z') return 'Z';
  const digits = raw.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
}

/**
 * An ISO 8601 string for a date a page gives, or null. ISO input keeps its own clock and offset
 * ("2022-10-19T19:50:00+04:00" stays so); anything else `Date` can read becomes UTC.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, day, time, offset] = iso;
    return time ? `${day}T${time.replace(',', '.')}${zone(offset)}` : (day ?? null);
  }
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(ms).toISOString() : null;
}

function formatter(lang: string | null | undefined, options: Intl.DateTimeFormatOptions) {
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, options);
  } catch {
    // A malformed language tag from a page must not cost the reader the date.
    return new Intl.DateTimeFormat('en', options);
  }
}

/**
 * The publication date as people read it ("19 October 2022", "١٩ أكتوبر ٢٠٢٢"): the calendar
 * day the page itself gives, so it does not shift with the reader's time zone. Null when the
 * date cannot be read.
 */
export function formatPublished(
  iso: string | null | undefined,
  lang?: string | null,
): string | null {
  const day = iso ? /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] : undefined;
  if (!day) return null;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  return formatter(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
