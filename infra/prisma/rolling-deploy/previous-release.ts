import { execFileSync } from 'node:child_process';

/** The release a deploy replaces: the commit whose code still runs while the migrations apply. */
export interface PreviousRelease {
  commit: string;
  /** How it was found, for the report. */
  label: string;
}

const git = (repo: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).trim();

function commitOf(repo: string, ref: string): string | undefined {
  try {
    return git(repo, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    return undefined;
  }
}

/**
 * Which release runs when this tree's migrations are applied:
 * - `MIGRATIONS_BASE` (a tag or commit) when the deployment names the release in production;
 * - otherwise main, where every merge is deployed: on a branch, the commit where it left main
 *   (its tip, for a branch with no commits yet); on main itself (or a detached HEAD on main's
 *   line, as CI checks out), the commit before HEAD on main's first-parent line.
 */
export function previousRelease(repo: string, env: NodeJS.ProcessEnv = process.env): PreviousRelease {
  const named = env.MIGRATIONS_BASE;
  if (named) {
    const commit = commitOf(repo, named);
    if (!commit) throw new Error(`MIGRATIONS_BASE=${named} names no commit of this clone (fetch it, or name another release)`);
    return { commit, label: `${named} (MIGRATIONS_BASE, ${commit.slice(0, 10)})` };
  }
  const main = ['main', 'origin/main'].find((ref) => commitOf(repo, ref));
  if (!main)
    throw new Error(
      'no main branch in this clone to find the previous release on: fetch it (git fetch origin main), or name the release in production in MIGRATIONS_BASE',
    );
  const head = git(repo, 'rev-parse', 'HEAD');
  const forkPoint = git(repo, 'merge-base', 'HEAD', main);
  const branch = currentBranch(repo);
  if (forkPoint !== head || (branch && branch !== 'main'))
    return { commit: forkPoint, label: `${main} at ${forkPoint.slice(0, 10)}, where this branch left it` };
  const parent = commitOf(repo, 'HEAD^1');
  if (!parent) throw new Error('HEAD has no parent in this clone (a shallow clone?): fetch more history, or name the release in production in MIGRATIONS_BASE');
  return { commit: parent, label: `${parent.slice(0, 10)}, the commit before HEAD on ${main}` };
}

function currentBranch(repo: string): string | undefined {
  try {
    return git(repo, 'symbolic-ref', '--short', '--quiet', 'HEAD');
  } catch {
    return undefined;
  }
}

/** A file of the release, or undefined where it had none. */
export function fileAt(repo: string, release: PreviousRelease, file: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${release.commit}:${file}`], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
    });
  } catch {
    return undefined;
  }
}

/** The files of the release under a folder, with their git blob ids. */
export function filesAt(repo: string, release: PreviousRelease, folder: string): Map<string, string> {
  const listing = git(repo, 'ls-tree', '-r', release.commit, '--', folder);
  return new Map(
    listing
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [meta, file] = line.split('\t');
        return [file, meta.split(' ')[2]];
      }),
  );
}

/** The git blob ids of files of the working tree (what `git hash-object` gives), in order. */
export function blobIds(repo: string, files: string[]): string[] {
  return files.length ? git(repo, 'hash-object', '--', ...files).split('\n') : [];
}
