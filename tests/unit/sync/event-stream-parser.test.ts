import { describe, expect, it } from 'vitest';
import { EventStreamParser, type StreamEvent } from '../../../src/background/sync/event-stream-parser.ts';

function parse(chunks: string[]): StreamEvent[] {
  const events: StreamEvent[] = [];
  const parser = new EventStreamParser((event) => events.push(event));
  for (const chunk of chunks) parser.push(chunk);
  return events;
}

const SERVER_SAYS = 'id: 12\nevent: changed\ndata: {"cursor":"12"}\n\n: keep-alive\n\n';

describe('EventStreamParser', () => {
  it('reads the events the sync server sends, skipping keep-alive comments', () => {
    expect(parse([SERVER_SAYS])).toEqual([{ event: 'changed', data: '{"cursor":"12"}', id: '12' }]);
  });

  it('gives the same events however the network cuts the stream, one character at a time included', () => {
    const whole = parse([SERVER_SAYS + SERVER_SAYS.replaceAll('12', '13')]);
    expect(parse([...(SERVER_SAYS + SERVER_SAYS.replaceAll('12', '13'))])).toEqual(whole);
    expect(whole.map((e) => e.id)).toEqual(['12', '13']);
  });

  it('accepts CRLF and CR line ends, even a CRLF split between chunks', () => {
    const crlf = SERVER_SAYS.replaceAll('\n', '\r\n');
    const cut = crlf.indexOf('\r\n') + 1;
    expect(parse([crlf.slice(0, cut), crlf.slice(cut)])).toEqual(parse([SERVER_SAYS]));
    expect(parse([SERVER_SAYS.replaceAll('\n', '\r')])).toEqual(parse([SERVER_SAYS]));
  });

  it('joins data lines, defaults the event name, and does not dispatch an event without data', () => {
    expect(parse(['data: a\ndata: b\n\nevent: empty\n\n'])).toEqual([
      { event: 'message', data: 'a\nb', id: null },
    ]);
  });

  it('holds back an event until its blank line arrives', () => {
    expect(parse(['event: changed\ndata: {"cursor":"1"}\n'])).toEqual([]);
  });

  it('keeps a CR that ended a chunk across an empty chunk, so CR + LF still ends one line', () => {
    expect(parse(['data: a\r', '', '\ndata: b\r\n\r\n'])).toEqual([
      { event: 'message', data: 'a\nb', id: null },
    ]);
  });
});
