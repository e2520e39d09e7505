import { connectionSettings, connectionUrl } from './connection-settings';

describe("a service's database settings", () => {
  it('default to the local embedded PostgreSQL and the service name', () => {
    expect(connectionSettings('intake', {})).toEqual({ host: '127.0.0.1', port: 55432, user: 'postgres', password: 'postgres', database: 'intake' });
  });

  it('add the suffix of the test databases', () => {
    expect(connectionSettings('review', { DATABASE_NAME_SUFFIX: '_test' }).database).toBe('review_test');
  });

  it('take a full URL of the service, decoding its parts', () => {
    const s = connectionSettings('evaluation', { EVALUATION_DATABASE_URL: 'postgresql://app%40x:p%3Bw@db.internal:6543/eval' });
    expect(s).toEqual({ host: 'db.internal', port: 6543, user: 'app@x', password: 'p;w', database: 'eval' });
    expect(connectionUrl(s)).toBe('postgresql://app%40x:p%3Bw@db.internal:6543/eval');
  });
});
