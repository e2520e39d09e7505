import { waitFor } from './wait-for';

describe('waiting for a condition', () => {
  it('returns the first value that is there', async () => {
    let n = 0;
    await expect(waitFor('the third try', async () => (++n >= 3 ? n : undefined), 1_000, 1)).resolves.toBe(3);
  });

  it('fails with what it waited for and the last error', async () => {
    await expect(
      waitFor(
        'a row',
        async () => {
          throw new Error('no connection');
        },
        50,
        5,
      ),
    ).rejects.toThrow(/waiting for a row: Error: no connection/);
  });
});
