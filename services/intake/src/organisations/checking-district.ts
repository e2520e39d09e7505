import { ANSHAN_2020, routeToDistrict } from '@makerspace/policy';
import type { FieldIssue } from '@makerspace/contracts';

/**
 * The district whose S&T department checks an organisation before its applicant is bound to it:
 * the one the applicant names, else the registering authority's division in the USCC (characters
 * 3-8) when it is a county, district or development zone of the jurisdiction. An issue naming
 * `divisionCode` otherwise (a code registered by the city, or outside it).
 */
export function checkingDistrict(uscc: string, divisionCode: string | undefined): string | FieldIssue {
  const code = divisionCode ?? uscc.slice(2, 8);
  if (routeToDistrict(code, ANSHAN_2020)) return code;
  return divisionCode
    ? { field: 'divisionCode', rule: 'jurisdiction', message: `${code} is not a county, district or development zone of Anshan`, article: 'Art. 6(1)' }
    : {
        field: 'divisionCode',
        rule: 'required',
        message: `the code's registering authority (${code}) is not a district of Anshan: name the district whose S&T department checks the organisation`,
        article: 'Art. 6(1)',
      };
}
