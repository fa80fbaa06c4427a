/**
 * `plan-annotator export --server URL --group ID --format jsonld|csv|md [--token T] [--out FILE]`: a
 * group's annotations from a sync server, streamed to stdout or to a file as they arrive.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';

const FORMATS = ['jsonld', 'csv', 'md'];

const USAGE = `Usage: plan-annotator export --server URL --group ID --format jsonld|csv|md [--token T] [--out FILE]

Writes the group's annotations as W3C Web Annotation JSON-LD, CSV or a Markdown report, to stdout or
to FILE. The token (from signing in, POST /api/tokens) comes from --token or PLAN_ANNOTATOR_TOKEN;
only members of the group may export it.`;

/** A refusal of the command line itself: the usage applies (exit 2). */
class UsageError extends Error {}

interface ExportArgs {
  url: URL;
  token: string;
  out: string | undefined;
}

function argsOf(args: string[]): ExportArgs | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        server: { type: 'string' },
        group: { type: 'string' },
        format: { type: 'string' },
        token: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const missing = (['server', 'group', 'format'] as const).filter((name) => !values[name]);
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
  const format = values.format ?? '';
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be jsonld, csv or md, not "${format}"`);
  let server: URL;
  try {
    server = new URL(values.server ?? '');
  } catch {
    throw new UsageError(
      `--server must be the server's address, like http://127.0.0.1:8787, not "${values.server}"`,
    );
  }
  if (server.protocol !== 'http:' && server.protocol !== 'https:') {
    throw new UsageError(`--server must be an http or https address, not "${values.server}"`);
  }
  const token = values.token ?? process.env.PLAN_ANNOTATOR_TOKEN;
  if (!token) throw new UsageError('no token: pass --token or set PLAN_ANNOTATOR_TOKEN');
  // Relative to the server's address, so a server under a path prefix works too.
  const base = server.href.endsWith('/') ? server.href : `${server.href}/`;
  const url = new URL(`api/groups/${encodeURIComponent(values.group ?? '')}/export`, base);
  url.searchParams.set('format', format);
  return { url, token, out: values.out };
}

/** The server's own words for a refusal (`{error}`), else its status line. */
async function refusalOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON: the status says it
  }
  return response.statusText || 'no reason given';
}

async function download(url: URL, token: string, out: string | undefined): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new Error(`could not reach ${url.origin}: ${cause}`, { cause: error });
  }
  if (!response.ok || !response.body) {
    throw new Error(`the server refused the export (${response.status}): ${await refusalOf(response)}`);
  }
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  if (out === undefined) {
    await pipeline(body, process.stdout as Writable, { end: false });
    return;
  }
  // Written beside the target and renamed at the end, so a broken download never looks like an export.
  const partial = `${out}.part`;
  try {
    await pipeline(body, createWriteStream(partial));
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

export async function run(args: string[]): Promise<number> {
  let parsed: ExportArgs | 'help';
  try {
    parsed = argsOf(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`plan-annotator export: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  try {
    await download(parsed.url, parsed.token, parsed.out);
    return 0;
  } catch (error) {
    console.error(`plan-annotator export: ${(error as Error).message}`);
    return 1;
  }
}
