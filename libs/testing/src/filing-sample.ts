import { randomInt } from 'node:crypto';
import { CalendarDate, testing } from '@makerspace/policy';

// Characters of a USCC's organisation code (GB 32100-2015: no I, O, S, V, Z).
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh organisation code, so every test registers an organisation of its own. */
function anOrganisationCode(): string {
  return Array.from({ length: 9 }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join('');
}

/**
 * The request bodies of an organisation and an application that meets every Art. 5 condition
 * when submitted on `submittedOn` (the service's today), in the venue division given.
 */
export function sampleFiling(submittedOn: string, divisionCode = '210302') {
  const input = testing.aQualifyingApplication({
    submittedOn: submittedOn as CalendarDate,
    organisation: { uscc: testing.aValidUscc(divisionCode, anOrganisationCode()) },
    venue: { divisionCode },
  });
  return {
    organisation: {
      uscc: input.organisation.uscc,
      name: '鞍山创新孵化管理有限公司',
      legalRepresentative: '张三',
      registeredOn: input.organisation.registeredOn,
      registeredAddress: '鞍山市铁东区科技路1号',
      independentLegalPerson: input.organisation.independentLegalPerson,
      contactName: '李四',
      contactPhone: '0412-5550100',
      contactEmail: 'contact@example.org',
    },
    application: {
      spaceName: '鞍山创客空间',
      venueAddress: '鞍山市铁东区科技路1号3层',
      divisionCode,
      figures: input.figures,
    },
  };
}
