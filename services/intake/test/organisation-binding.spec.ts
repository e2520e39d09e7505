import { decodeJwt } from 'jose';
import { todayInShanghai } from '@makerspace/policy';
import {
  bootService,
  BootedService,
  httpClient,
  KeycloakAdmin,
  provisionPerson,
  sampleFiling,
  signInAtKeycloak,
  TEST_PASSWORD,
  unique,
} from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { INTAKE_SERVICE } from '../src/service';

interface Organisation {
  id: string;
  divisionCode: string | null;
  binding: string;
  bindingDecidedBy: string | null;
  bindingReason: string | null;
}

/**
 * An applicant is bound to the organisation it registered only once the organisation's district
 * has checked it: until then its account names no organisation (its scope is never what it
 * asserts). Confirming writes the organisation into the account at the identity provider (the
 * local stack's Keycloak, where these people have accounts), whose tokens then carry it.
 */
describe("binding an applicant to its organisation, after its district's check", () => {
  let intake: BootedService;
  const keycloak = new KeycloakAdmin();
  // Haicheng: the district of the sample's USCC, left to this suite.
  const division = '210381';
  const applicant = { id: unique('applicant'), role: 'applicant' };
  const district = { id: unique('officer-haicheng'), role: 'district-officer', scope: division };
  const otherDistrict = { id: unique('officer-tiexi'), role: 'district-officer', scope: '210303' };
  const city = { id: unique('officer-city'), role: 'city-officer' };

  beforeAll(async () => {
    process.env.INTAKE_GROUP_ID = unique('intake-binding');
    await provisionPerson(applicant);
    intake = await bootService(AppModule, INTAKE_SERVICE);
  });
  afterAll(async () => {
    await intake?.close();
  });

  const register = async () => {
    const res = await httpClient(intake.url, applicant).post<Organisation>('/organisations', sampleFiling(todayInShanghai(new Date()), division).organisation);
    expect(res.status).toBe(201);
    return res.body;
  };
  const decide = (as: typeof district, id: string, body: unknown) =>
    httpClient(intake.url, as).post<Organisation & { code?: string; issues?: unknown[] }>(`/organisations/${id}/binding`, body);
  const awaiting = async (as: typeof district | typeof city) =>
    (await httpClient(intake.url, as).get<Organisation[]>('/organisation-bindings')).body.map((o) => o.id);

  it("awaits the check of the district of the USCC's registering authority, which lists it, and no other district", async () => {
    const org = await register();
    expect(org).toMatchObject({ divisionCode: division, binding: 'AWAITING_CHECK' });
    expect(await awaiting(district)).toContain(org.id);
    expect(await awaiting(city)).toContain(org.id);
    expect(await awaiting(otherDistrict)).not.toContain(org.id);
    expect((await httpClient(intake.url, applicant).get('/organisation-bindings')).status).toBe(403);
  });

  it('is decided by that district only; a refusal says why', async () => {
    const org = await register();
    expect((await decide(otherDistrict, org.id, { outcome: 'CONFIRM' })).status).toBe(404);
    expect((await decide({ ...city, scope: division }, org.id, { outcome: 'CONFIRM' })).status).toBe(403);
    expect((await decide(applicant as typeof district, org.id, { outcome: 'CONFIRM' })).status).toBe(403);
    expect((await decide(district, org.id, { outcome: 'REFUSE' })).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ pointer: '/reason' })],
    });
    const refused = await decide(district, org.id, { outcome: 'REFUSE', reason: '营业执照与登记信息不符' });
    expect(refused.body).toMatchObject({ binding: 'REFUSED', bindingDecidedBy: district.id, bindingReason: '营业执照与登记信息不符' });
    expect((await decide(district, org.id, { outcome: 'CONFIRM' })).body).toMatchObject({ code: 'BINDING_DECIDED' });
  });

  it("confirmed, binds the applicant's account: its next tokens carry the organisation", async () => {
    const org = await register();
    const confirmed = await decide(district, org.id, { outcome: 'CONFIRM' });
    expect(confirmed.body).toMatchObject({ binding: 'CONFIRMED', bindingDecidedBy: district.id });
    const account = await keycloak.call<{ attributes: Record<string, string[]> }>('GET', `/users/${applicant.id}`);
    expect(account.attributes.organisation).toEqual([org.id]);
    const { access_token } = await signInAtKeycloak(applicant.id, TEST_PASSWORD);
    expect(decodeJwt(access_token)).toMatchObject({ sub: applicant.id, organisation: org.id });
    expect((await decide(district, org.id, { outcome: 'CONFIRM' })).status).toBe(409);
  });

  it('asks which district checks an organisation whose code the city or another place registered', async () => {
    const cityRegistered = { ...sampleFiling(todayInShanghai(new Date()), division).organisation, uscc: '91210300MA0QX12348' };
    const res = await httpClient(intake.url, applicant).post<{ errors: unknown[] }>('/organisations', cityRegistered);
    expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '/divisionCode', rule: 'required', article: 'Art. 6(1)' })]);
  });
});
