import fs from 'node:fs/promises';

/** Random access to a file's bytes: what type sniffing reads (the head, a ZIP's central directory), without the whole file. */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

/** A file on the local disk as a byte source; `use` gets it open and it is closed after. */
export async function withFileBytes<T>(file: string, use: (source: ByteSource) => Promise<T>): Promise<T> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    return await use({
      size,
      read: async (offset, length) => {
        const at = Math.max(0, Math.min(offset, size));
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
        return buffer.subarray(0, bytesRead);
      },
    });
  } finally {
    await handle.close();
  }
}

/** Bytes already in memory as a byte source (small samples, tests). */
export function bufferBytes(bytes: Buffer): ByteSource {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}
