import { deskOf } from './desks';

describe("a notice's recipient", () => {
  it("is a desk when it names a staff role, with the district officers' division", () => {
    expect(deskOf('city-officer')).toEqual({ group: 'city-officers', division: null });
    expect(deskOf('district-officer:210302')).toEqual({ group: 'district-officers', division: '210302' });
  });

  it("is a person's user id otherwise", () => {
    expect(deskOf('0f8a2c4e-6b1d-4e0a-9c3b-5d7e8f9a0b1c')).toBeNull();
    expect(deskOf('applicant')).toBeNull();
    expect(deskOf('district-officer:210302:x')).toBeNull();
  });
});
