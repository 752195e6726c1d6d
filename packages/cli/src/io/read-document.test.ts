import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument, readDocument, readJson, ReadError } from './read-document.js';

const SAMPLE = '序号\t重点任务\t牵头单位\r\n1\t建设花市博物馆\t区住建局\r\n';
const dir = mkdtempSync(join(tmpdir(), 'luoshi-read-'));

describe('readDocument', () => {
  it.each([
    ['UTF-8', Buffer.from(SAMPLE, 'utf8'), 'utf-8'],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]),
      'utf-8',
    ],
    ['GB18030', iconv.encode(SAMPLE, 'gb18030'), 'gb18030'],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]),
      'utf-16le',
    ],
  ])('reads %s with CRLF as the same LF text', (_name, bytes, encoding) => {
    const doc = decodeDocument(bytes);
    expect(doc.text).toBe(SAMPLE.replace(/\r\n/g, '\n'));
    expect(doc.encoding).toBe(encoding);
  });

  it.each([
    ['missing', join(dir, 'nope.txt'), undefined, /no such file/],
    ['empty', join(dir, 'empty.txt'), Buffer.alloc(0), /empty/],
    ['blank', join(dir, 'blank.txt'), Buffer.from(' \n\n \t\n'), /only white space/],
    [
      'binary',
      join(dir, 'report.pdf'),
      Buffer.from('%PDF-1.7\n\u0000\u0001\u0002stream', 'latin1'),
      /not a text file/,
    ],
    ['a directory', dir, undefined, /directory/],
  ])('says why a %s file cannot be read', async (_name, file, bytes, message) => {
    if (bytes) writeFileSync(file, bytes);
    const error = await readDocument(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.startsWith(`${file}: error: `)).toBe(true);
  });

  it('reads a 50 MB document whole', async () => {
    const file = join(dir, 'big.txt');
    const row = '1\t优化琶洲试验区地下空间及交通路网等基础设施\t区住建局\n';
    writeFileSync(file, row.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(row))));
    const doc = await readDocument(file);
    expect(doc.bytes).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(doc.text.endsWith(row)).toBe(true);
  });

  it('says where a JSON file breaks', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "tasks": [,]\n}\n');
    await expect(readJson(file)).rejects.toThrow(/line 3, column 13/);
  });
});
