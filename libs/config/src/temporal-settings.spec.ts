import { SettingsError } from './read-settings';
import { temporalSettings } from './temporal-settings';

describe('where Temporal is', () => {
  it('defaults to the local dev server, the default namespace and the two task queues', () => {
    expect(temporalSettings({})).toEqual({ address: '127.0.0.1:7233', namespace: 'default', taskQueues: { filing: 'filing', supervision: 'supervision' } });
  });

  it('follows TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and the task queue variables', () => {
    expect(
      temporalSettings({
        TEMPORAL_ADDRESS: 'temporal:7233',
        TEMPORAL_NAMESPACE: 'anshan',
        FILING_TASK_QUEUE: 'filing-a',
        SUPERVISION_TASK_QUEUE: 'supervision-a',
      }),
    ).toEqual({
      address: 'temporal:7233',
      namespace: 'anshan',
      taskQueues: { filing: 'filing-a', supervision: 'supervision-a' },
    });
  });

  it('composes the address from TEMPORAL_PORT on the local stack', () => {
    expect(temporalSettings({ TEMPORAL_PORT: '7310' }).address).toBe('127.0.0.1:7310');
  });

  it('refuses an address that is not host:port, naming the variable', () => {
    expect(() => temporalSettings({ TEMPORAL_ADDRESS: 'http://temporal' })).toThrow(SettingsError);
    expect(() => temporalSettings({ TEMPORAL_ADDRESS: 'http://temporal' })).toThrow(/TEMPORAL_ADDRESS must be host:port/);
  });
});
