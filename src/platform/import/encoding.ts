// Text files must be UTF-8: a UTF-8 byte-order mark (Excel's "CSV UTF-8") is dropped, UTF-16
// (Excel's "Unicode Text") and invalid UTF-8 (Windows-1258, TCVN3 exports) are refused with
// the line where the first bad byte is, before any row is written.
import { importErrors } from './import.errors.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]) {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The first invalid byte of `bytes`, and the line it is on (counting from `line`). */
function locateInvalid(bytes: Uint8Array, line: number, offset: number) {
  let good = 0;
  // bisect the longest valid prefix; chunks are small enough for a few decodes
  let hi = bytes.length;
  while (good < hi) {
    const mid = Math.ceil((good + hi) / 2);
    try {
      // without `stream`, the longest valid prefix ends where the bad sequence starts
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid));
      good = mid;
    } catch {
      hi = mid - 1;
    }
  }
  let lines = line;
  for (let i = 0; i < good; i++) if (bytes[i] === 0x0a) lines++;
  return importErrors.notUtf8(lines, offset + good + 1);
}

/** Decodes a byte stream as UTF-8 text chunks, refusing anything that is not UTF-8. */
export async function* decodeUtf8(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let first = true;
  let line = 1;
  let offset = 0;
  for await (const chunk of source) {
    let bytes = chunk;
    if (first && bytes.length > 0) {
      first = false;
      if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
        throw importErrors.utf16();
      if (startsWith(bytes, UTF8_BOM)) {
        bytes = bytes.subarray(3);
        offset = 3;
      }
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw locateInvalid(bytes, line, offset);
    }
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++;
    offset += bytes.length;
    if (text.length > 0) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  } catch {
    throw importErrors.notUtf8(line, offset);
  }
}
