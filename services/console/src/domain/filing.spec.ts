import { TASK_OUTCOMES } from '@makerspace/contracts';
import { OUTCOMES_OF } from './filing';

describe("the console's task outcomes", () => {
  it("are the workflow contract's, kind by kind", () => {
    expect(OUTCOMES_OF).toEqual(TASK_OUTCOMES);
  });
});
