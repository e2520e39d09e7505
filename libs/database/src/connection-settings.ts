import type { PoolConfig } from 'pg';

/**
 * Where a service's database is. Each service owns one database; `<SERVICE>_DATABASE_URL`
 * names it fully, otherwise it is composed from the shared DATABASE_* settings (which default
 * to the embedded PostgreSQL of the local stack) and the service's own database name.
 */
export interface ConnectionSettings {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export function connectionSettings(service: string, env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const url = env[`${service.toUpperCase()}_DATABASE_URL`];
  if (url) {
    const u = new URL(url);
    return {
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: u.pathname.replace(/^\//, ''),
    };
  }
  const suffix = env.DATABASE_NAME_SUFFIX ?? '';
  return {
    host: env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(env.DATABASE_PORT ?? env.PG_PORT ?? 55432),
    user: env.DATABASE_USER ?? 'postgres',
    password: env.DATABASE_PASSWORD ?? 'postgres',
    database: `${service}${suffix}`,
  };
}

/** The same settings as a URL, for tools that want one (Prisma's datasource `url`). */
export function connectionUrl(s: ConnectionSettings): string {
  return `postgresql://${encodeURIComponent(s.user)}:${encodeURIComponent(s.password)}@${s.host}:${s.port}/${s.database}`;
}

/**
 * pg pool options. Fields are passed separately rather than as a connection string because pg
 * lets a connection string override the database name, which breaks Prisma's shadow database.
 */
export function poolConfig(s: ConnectionSettings, extra: PoolConfig = {}): PoolConfig {
  return { host: s.host, port: s.port, user: s.user, password: s.password, database: s.database, ...extra };
}
