import { describeUrl, withCredentials } from './connection-url';

describe('connection urls', () => {
  it('replaces credentials and database but keeps host, port and options', () => {
    const url = withCredentials('postgres://postgres:pw@127.0.0.1:5433/postgres?sslmode=disable', {
      user: 'kp_app',
      password: 'p@ss:word',
      database: 'knotenpunkt',
    });
    expect(url).toBe('postgres://kp_app:p%40ss%3Aword@127.0.0.1:5433/knotenpunkt?sslmode=disable');
    expect(describeUrl(url)).toEqual({ user: 'kp_app', password: 'p@ss:word', database: 'knotenpunkt' });
  });
});
