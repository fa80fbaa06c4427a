/**
 * A setup file of the integration project: every `fetch` a test makes to a server is recorded for the
 * run's final log scan, like `call()` (api-client.ts): the secrets it sends, and the tokens, invite codes
 * and annotation text a JSON answer carries. The request and answer themselves are left as they are.
 */
import { recordAnswer, recordRequest, recording } from './run-record.ts';

const unrecorded = globalThis.fetch;

globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
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
