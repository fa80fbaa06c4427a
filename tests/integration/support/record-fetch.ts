/**
 * A setup file of the integration project: every `fetch` a test makes to a server is recorded for the
 * run's final log scan, like every `inject()` (app.ts): the secrets it sends, and the tokens, invite codes
 * and annotation text a JSON answer carries. The request and answer themselves are left as they are.
 */
import { recordAnswer, recordRequest, recording } from './run-record.ts';

const RECORDED = Symbol.for('plan-annotator.recorded-fetch');
type Fetch = typeof globalThis.fetch & { [RECORDED]?: Fetch };

// A worker that runs several test files runs this once per file: wrap the original fetch only once.
const unrecorded: Fetch = (globalThis.fetch as Fetch)[RECORDED] ?? globalThis.fetch;

const recorded: Fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  if (!recording()) return unrecorded(input, init);
  const url = input instanceof Request ? input.url : String(input);
  const headers = Object.fromEntries(
    new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)),
  );
  recordRequest(url, headers, init?.body);
  const response = await unrecorded(input, init);
  if (String(response.headers.get('content-type')).includes('json')) {
    // A copy of the body is read; the caller reads its own.
    recordAnswer(
      await response
        .clone()
        .json()
        .catch(() => null),
    );
  } else {
    recordAnswer(null);
  }
  return response;
};
recorded[RECORDED] = unrecorded;
globalThis.fetch = recorded;
