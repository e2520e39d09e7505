import { CalendarDate, calendarDate, testing } from '@makerspace/policy';

/**
 * Performance reports (Art. 7) for an evaluated year, as an operator files them. Each meets Art. 5
 * on the year's last day unless it says otherwise; the scorecard gives the grade in its name.
 */
export const selfReports = {
  /** Scores 72.6 of 100: grade C, qualified. */
  qualified: (year: number) => testing.aSelfReport({ evaluatedYear: year }),

  /** Every target met: 100, grade A, recommended to the province. */
  excellent: (year: number) =>
    testing.aSelfReport({
      evaluatedYear: year,
      figures: {
        activities: testing.someActivities(20, calendarDate(year, 12, 20)).map((a) => ({ ...a, participants: 40 })),
        newCompaniesLast12Months: ['Resident 01', 'Resident 03', 'Resident 05', 'Resident 07'].map((name, i) => ({
          name,
          registeredOn: calendarDate(year, i + 2, 1),
        })),
        financingsLast12Months: [
          { residentName: 'Resident 02', amountYuan: 2_000_000, investor: 'Anshan Angel Fund', closedOn: calendarDate(year, 6, 1) },
          { residentName: 'Resident 04', amountYuan: 1_000_000, investor: 'Anshan Angel Fund', closedOn: calendarDate(year, 7, 1) },
        ],
        mentors: Array.from({ length: 5 }, (_, i) => ({ name: `Mentor ${i + 1}`, appointedBy: 'INCUBATOR' as const })),
      },
    }),

  /** Full marks, but the space has shrunk to 450 m²: below Art. 5(2), graded D. */
  belowArt5: (year: number) => {
    const report = selfReports.excellent(year);
    return { ...report, figures: { ...report.figures, totalAreaM2: 450, workstationAreaM2: 300, publicServiceAreaM2: 100 } };
  },
};

/** The space as declared on `asOf`, meeting every Art. 5 condition that day. */
export function aDeclaration(asOf: CalendarDate) {
  const { organisation, figures } = testing.aQualifyingApplication({ submittedOn: asOf });
  return { organisation, figures };
}
