import type { ByteSource } from './byte-source';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** An office document's central directory is a few kilobytes; a larger one is not read. */
const MAX_DIRECTORY = 4 * 1024 * 1024;

/**
 * The names of the entries of a ZIP archive, read from its central directory (the end record at
 * the file's end says where it is), without reading the entries themselves. Undefined when the
 * bytes are not a readable single-disk ZIP; ZIP64 archives are not read (an office document
 * within the upload limit never needs one).
 */
export async function zipEntryNames(source: ByteSource): Promise<string[] | undefined> {
  const tailStart = Math.max(0, source.size - END_RECORD_SIZE - MAX_COMMENT);
  const tail = await source.read(tailStart, source.size - tailStart);
  const end = findEndRecord(tail);
  if (end === undefined) return undefined;
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directorySize > MAX_DIRECTORY || directoryOffset + directorySize > source.size) return undefined;
  const directory = await source.read(directoryOffset, directorySize);
  const names: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    if (at + 46 + nameLength > directory.length) return undefined;
    names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function findEndRecord(tail: Buffer): number | undefined {
  for (let at = tail.length - END_RECORD_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return undefined;
}
