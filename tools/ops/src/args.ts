/** A command line: its positional words and its `--name value` / `--flag` options. */
export interface Args {
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const word = argv[i];
    if (!word.startsWith('--')) positional.push(word);
    else if (word.includes('=')) options[word.slice(2, word.indexOf('='))] = word.slice(word.indexOf('=') + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options[word.slice(2)] = argv[(i += 1)];
    else options[word.slice(2)] = true;
  }
  return { positional, options };
}

/** A usage mistake: the command prints it with its usage and exits 2. */
export class UsageError extends Error {}

export function textOption(args: Args, name: string): string | undefined {
  const value = args.options[name];
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}
