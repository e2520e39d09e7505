import type { Io } from '../io';

/** Write an export to the file asked for, or to standard output. */
export function deliver(io: Io, content: string, out: string | undefined): void {
  if (out) {
    io.writeFile(out, content);
    io.err(`wrote ${out}`);
  } else io.out(content.replace(/\n$/, ''));
}
