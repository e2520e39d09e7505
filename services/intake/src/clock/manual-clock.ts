import { Clock } from './clock';

/** The intake service's clock as tests set it (tests only, through the testing entry), set by the scenario (e.g. two years on, for an Art. 9 ban). */
export class ManualClock extends Clock {
  private at = new Date();

  now(): Date {
    return this.at;
  }

  set(at: Date): void {
    this.at = at;
  }
}
