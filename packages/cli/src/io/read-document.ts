import { readFile, stat } from 'node:fs/promises';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** A document's text as the parsers want it: decoded, without BOM, with LF line ends. */
export interface DocumentText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  bytes: number;
}

/** Why a file could not be read, said so a person can act on it. */
export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'missing' | 'directory' | 'empty' | 'binary' | 'too-large' | 'unreadable',
    message: string,
  ) {
    super(`${file}: error: ${message}`);
    this.name = 'ReadError';
  }
}

/** Larger files are refused: no government document is this big, and the whole text is held in memory. */
export const MAX_BYTES = 256 * 1024 * 1024;

/**
 * Decodes a document's bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they say;
 * bytes that are not valid UTF-8 are read as GB18030, the encoding of many Chinese government files.
 */
export function decodeDocument(bytes: Uint8Array, file = '<stdin>'): DocumentText {
  if (bytes.length === 0) throw new ReadError(file, 'empty', '文件为空 (the file is empty)');
  let encoding: DocumentText['encoding'] = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  if (encoding === 'utf-8' && looksBinary(body)) {
    throw new ReadError(
      file,
      'binary',
      '这不是文本文件（含有二进制内容）；请先将 PDF 或 Word 文档复制或导出为文本 (this is not a text file: copy or export the PDF or Word document as text first)',
    );
  }
  let text: string;
  if (encoding !== 'utf-8') text = new TextDecoder(encoding).decode(body);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      encoding = 'gb18030';
      text = new TextDecoder('gb18030').decode(body);
    }
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    throw new ReadError(file, 'empty', '文件只有空白 (the file holds only white space)');
  return { text, encoding, bytes: bytes.length };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > sample.length * 0.1;
}

/** Reads and decodes a document from disk, with a clear {@link ReadError} for every way that can fail. */
export async function readDocument(file: string): Promise<DocumentText> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new ReadError(file, 'missing', '找不到文件 (no such file)');
  }
  if (info.isDirectory())
    throw new ReadError(file, 'directory', '这是一个目录，不是文件 (this is a directory, not a file)');
  if (info.size > MAX_BYTES) {
    throw new ReadError(
      file,
      'too-large',
      `文件有 ${(info.size / 1048576).toFixed(0)} MB，超过 ${MAX_BYTES / 1048576} MB 上限；请按文档拆分 (the file is ${(info.size / 1048576).toFixed(0)} MB, over the ${MAX_BYTES / 1048576} MB limit: split it by document)`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ReadError(file, 'unreadable', `无法读取 (cannot read): ${(error as Error).message}`);
  }
  return decodeDocument(bytes, file);
}

/** Reads a JSON file, saying where the syntax breaks (line and column) when it is not JSON. */
export async function readJson(file: string): Promise<unknown> {
  const { text } = await readDocument(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse does not always say where; a tolerant parser finds the first break.
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) {
      const before = text.slice(0, first.offset);
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      const what = printParseErrorCode(first.error);
      throw new ReadError(
        file,
        'unreadable',
        `第${line}行第${column}列不是合法的 JSON (not valid JSON at line ${line}, column ${column}: ${what})`,
      );
    }
    throw new ReadError(file, 'unreadable', `不是合法的 JSON (not valid JSON): ${(error as Error).message}`);
  }
}
