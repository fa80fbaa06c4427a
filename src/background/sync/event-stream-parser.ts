/**
 * Reads a server-sent event stream in the pieces the network delivers it, as the HTML standard's
 * "event stream interpretation" says: lines end in LF, CR or CRLF; a blank line dispatches; lines
 * starting with ":" are comments; `data` lines join with LF. Only what the sync engine needs is kept.
 */
export interface StreamEvent {
  event: string;
  data: string;
  id: string | null;
}

export class EventStreamParser {
  #buffer = '';
  #event = '';
  #data: string[] = [];
  #id: string | null = null;
  #sawCr = false;

  constructor(private readonly onEvent: (event: StreamEvent) => void) {}

  push(chunk: string): void {
    // An empty chunk says nothing, and must not forget a CR the previous chunk ended with.
    if (chunk === '') return;
    let text = chunk;
    // A CRLF split across two chunks: the LF belongs to the line the CR already ended.
    if (this.#sawCr && text.startsWith('\n')) text = text.slice(1);
    this.#sawCr = text.endsWith('\r');
    this.#buffer += text;
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer);
      if (!match) return;
      const line = this.#buffer.slice(0, match.index);
      this.#buffer = this.#buffer.slice(match.index + match[0].length);
      this.#line(line);
    }
  }

  #line(line: string): void {
    if (line === '') {
      if (this.#data.length > 0) {
        this.onEvent({ event: this.#event || 'message', data: this.#data.join('\n'), id: this.#id });
      }
      this.#event = '';
      this.#data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.#event = value;
    else if (field === 'data') this.#data.push(value);
    else if (field === 'id' && !value.includes('\0')) this.#id = value;
  }
}
