/**
 * A module with every call of one of its functions counted in `calls`: for tests that show front matter is not read,
 * or its table of lines not made, when it need not be (yaml's parseDocument, js-yaml's load). Used from a vi.mock
 * factory, which gives the module as imported and a counter made by vi.hoisted.
 */
export function countingCalls<M extends object>(module: M, name: keyof M & string, calls: { count: number }): M {
  const original = module[name] as (...args: unknown[]) => unknown;
  return {
    ...module,
    [name]: (...args: unknown[]) => {
      calls.count += 1;
      return original(...args);
    },
  };
}
