/** The value, or a test failure saying it was missing; keeps tests free of non-null assertions. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}
