import { PollingLoop } from './polling-loop';

const tick = () => new Promise((r) => setImmediate(r));

describe('PollingLoop', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('steps again at once while there is work, and waits the idle time when there is none', async () => {
    const found = [true, true, false, false];
    const step = jest.fn(async () => found.shift() ?? false);
    const loop = new PollingLoop(step, 1_000, () => undefined);
    loop.start();
    await tick();
    expect(step).toHaveBeenCalledTimes(3);
    jest.advanceTimersByTime(1_000);
    await tick();
    expect(step).toHaveBeenCalledTimes(4);
    await loop.stop();
  });

  it('steps at once when woken during its pause or during a step', async () => {
    let release!: () => void;
    const step = jest
      .fn<Promise<boolean>, []>()
      .mockResolvedValueOnce(false)
      .mockImplementationOnce(() => new Promise((r) => (release = () => r(false))))
      .mockResolvedValue(false);
    const loop = new PollingLoop(step, 60_000, () => undefined);
    loop.start();
    await tick();
    loop.wake();
    await tick();
    expect(step).toHaveBeenCalledTimes(2);
    loop.wake();
    release();
    await tick();
    expect(step).toHaveBeenCalledTimes(3);
    await loop.stop();
  });

  it('reports a failed step and goes on after the idle time', async () => {
    const failed = jest.fn();
    const step = jest.fn<Promise<boolean>, []>().mockRejectedValueOnce(new Error('database gone')).mockResolvedValue(false);
    const loop = new PollingLoop(step, 1_000, failed);
    loop.start();
    await tick();
    expect(failed).toHaveBeenCalledWith(new Error('database gone'));
    jest.advanceTimersByTime(1_000);
    await tick();
    expect(step).toHaveBeenCalledTimes(2);
    await loop.stop();
  });

  it('lets the step in hand finish when stopped, and steps no more', async () => {
    let release!: () => void;
    const step = jest.fn(() => new Promise<boolean>((r) => (release = () => r(true))));
    const loop = new PollingLoop(step, 1_000, () => undefined);
    loop.start();
    let done = false;
    const stopping = loop.stop().then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    release();
    await stopping;
    expect(step).toHaveBeenCalledTimes(1);
  });
});
