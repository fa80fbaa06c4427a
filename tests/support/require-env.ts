import { describe } from 'vitest';

/**
 * A resource a test needs from outside the repository. Missing on CI it is an error, so that a suite can
 * never pass there by quietly not running; missing locally the suite is skipped with the reason printed.
 */
export function requireResource(
  name: string,
  value: string | null | undefined,
  reason: string,
): string | null {
  if (value) return value;
  const message = `${name} is not set: ${reason}`;
  if (process.env.CI) throw new Error(`${message}. It is required on CI.`);
  console.warn(`Skipping tests: ${message}.`);
  return null;
}

/** Like `requireResource`, for a resource that is there or not (a browser, a build). */
export function requireCondition(name: string, available: boolean, reason: string): boolean {
  return requireResource(name, available ? name : null, reason) !== null;
}

export function conformanceDir(): string | null {
  return requireResource(
    'ANNOTATION_CONFORMANCE_DIR',
    process.env.ANNOTATION_CONFORMANCE_DIR,
    'it names the directory of shared conformance cases (e.g. /work/shared/conformance)',
  );
}

/** A describe block that runs with the resource, or is skipped when `requireResource` found none. */
export function describeIfAvailable(
  title: string,
  resource: string | null,
  suite: (resource: string) => void,
): void {
  if (resource === null) describe.skip(title, () => undefined);
  else describe(title, () => suite(resource));
}
