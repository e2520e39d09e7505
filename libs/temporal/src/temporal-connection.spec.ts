import { temporalSettings } from './temporal-connection';

describe('where Temporal is', () => {
  it('defaults to the local dev server and the default namespace', () => {
    expect(temporalSettings({})).toEqual({ address: '127.0.0.1:7233', namespace: 'default' });
  });

  it('follows TEMPORAL_ADDRESS and TEMPORAL_NAMESPACE', () => {
    expect(temporalSettings({ TEMPORAL_ADDRESS: 'temporal:7233', TEMPORAL_NAMESPACE: 'anshan' })).toEqual({ address: 'temporal:7233', namespace: 'anshan' });
  });
});
