/**
 * jsdom cannot make a trusted event (`isTrusted` is unforgeable, and every event a test
 * dispatches is a script's). Files whose tests press keys as the user mock src/content/trusted
 * with `userInputMock`, which lets through real (`isTrusted`) events and the ones a test marked
 * with `asUser`, and still drops every other synthetic event — the page's, in these tests.
 * test/unit/trusted.test.ts checks the real module; the e2e tests press real keys.
 */
const marked = new WeakSet<Event>();

/** `event`, as if the user made it. */
export function asUser<E extends Event>(event: E): E {
  marked.add(event);
  return event;
}

export const userInputMock = {
  trusted:
    <E extends Event>(handler: (event: E) => void) =>
    (event: E) => {
      if (event.isTrusted || marked.has(event)) handler(event);
    },
};
