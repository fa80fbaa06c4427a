/**
 * The detector's reasons in English for the command line, worded by the same messages the extension
 * shows (`_locales/en/messages.json`), so the two never drift apart.
 */
import { readFileSync } from 'node:fs';
import type { DetectReason } from '../src/core/detect/index.ts';

type Messages = Record<string, { message: string }>;
let english: Messages | undefined;

function messages(): Messages {
  english ??= JSON.parse(
    readFileSync(new URL('../_locales/en/messages.json', import.meta.url), 'utf8'),
  ) as Messages;
  return english;
}

export function englishReason(reason: DetectReason): string {
  const all = messages();
  const counted = reason.count !== undefined;
  const key = `detect_${reason.code}${counted ? (reason.count === 1 ? '_one' : '_other') : ''}`;
  const text = all[key]?.message ?? reason.code;
  return text.replace(/\$1/g, String(reason.count ?? ''));
}
