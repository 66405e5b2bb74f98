/**
 * A throwaway PostgreSQL for the server tests: Debian's binaries (`initdb`, `pg_ctl`) run in a
 * temporary folder on a free port, the socket in that folder too; no system service. As root
 * (CI containers) they run as the `postgres` user, since `initdb` refuses root. Where the
 * binaries are missing the tests are skipped, saying why, except under TMKIT_REQUIRE_TOOLS=1
 * (`.ci/run`), where that is a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface TestDatabase {
  url: string;
  /** A streaming replica of this database (hot standby), on a port of its own. */
  replica(): Promise<TestDatabase>;
  stop(): void;
}

function binaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0], 'bin') : undefined;
}

/** Why PostgreSQL cannot run here, or undefined when it can. */
export function missingPostgres(): string | undefined {
  if (!binaries()) return 'PostgreSQL binaries not found in /usr/lib/postgresql/*/bin: install the Debian package postgresql';
  return undefined;
}

/** Throws under TMKIT_REQUIRE_TOOLS=1 when PostgreSQL is missing; otherwise says whether to skip. */
export function skipWithoutPostgres(): boolean {
  const missing = missingPostgres();
  if (missing === undefined) return false;
  if (process.env.TMKIT_REQUIRE_TOOLS === '1') throw new Error(`${missing} (TMKIT_REQUIRE_TOOLS=1 makes these tests mandatory)`);
  console.warn(`skipped: ${missing}`);
  return true;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A new cluster with a database `tmkit`, trusting local connections, started and ready; or a replica of the one on port `from`. */
export async function startPostgres(primary?: { from: number }): Promise<TestDatabase> {
  const bin = binaries()!;
  // Not below the tests' own temporary folder: the postgres user must be able to reach it.
  const folder = mkdtempSync(path.join('/tmp', 'tmkit-pg-'));
  const data = path.join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(folder, uid, gid);
  }
  chmodSync(folder, 0o700);
  const run = (command: string, args: string[]) => {
    const [file, all] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]] : [path.join(bin, command), args];
    const result = spawnSync(file, all, { encoding: 'utf8', cwd: folder });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  const start = async (): Promise<TestDatabase> => {
    const port = await freePort();
    const settings = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200 -c shared_buffers=128MB`;
    run('pg_ctl', ['-D', data, '-l', path.join(folder, 'server.log'), '-o', settings, '-w', 'start']);
    return {
      url: `postgres://tmkit@127.0.0.1:${port}/tmkit`,
      async replica() {
        return startPostgres({ from: port });
      },
      stop() {
        spawnSync(asRoot ? 'runuser' : path.join(bin, 'pg_ctl'), asRoot ? ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'] : ['-D', data, '-m', 'immediate', 'stop']);
        rmSync(folder, { recursive: true, force: true });
      },
    };
  };
  if (primary !== undefined) {
    run('pg_basebackup', ['-D', data, '-R', '-h', '127.0.0.1', '-p', String(primary.from), '-U', 'tmkit', '-X', 'stream', '-c', 'fast']);
    return start();
  }
  run('initdb', ['-D', data, '-U', 'tmkit', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const database = await start();
  run('createdb', ['-h', folder, '-p', new URL(database.url).port, '-U', 'tmkit', 'tmkit']);
  return database;
}

