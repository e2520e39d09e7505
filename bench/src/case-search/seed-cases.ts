import type { Pool } from 'pg';
import { ANSHAN_2020, testing } from '@makerspace/policy';

/** How many records the search is measured on (docs/benchmarks.md, "Case search"). */
export const SCALE = { organisations: 30_000, applications: 50_000, spaces: 20_000 };

const DIVISIONS = ANSHAN_2020.jurisdiction.divisions.map((d) => d.code);
/** The divisions a USCC can carry (GB/T 2260 codes; a development zone has none of its own). */
const REGISTERING = DIVISIONS.filter((code) => /^\d{6}$/.test(code));
// Characters of a USCC's organisation code (GB 32100-2015: no I, O, S, V, Z).
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The i-th organisation's valid USCC: its number written in the code's 31 characters. */
export function usccOf(i: number): string {
  let code = '';
  for (let n = i + 1; code.length < 9; n = Math.floor(n / 31)) code = CODE_CHARS[n % 31] + code;
  return testing.aValidUscc(REGISTERING[i % REGISTERING.length], code);
}

/**
 * Fills an empty intake database (its migrations applied) with Chinese-named organisations,
 * applications in every status (a fifth of them drafts or closed, 20,000 filed with their registry
 * entries and filing numbers, the rest in review with an open task each, some past its last day),
 * the way staff would find them after some years of filing.
 */
export async function seedCases(db: Pool): Promise<void> {
  const usccs = Array.from({ length: SCALE.organisations }, (_, i) => usccOf(i));
  await db.query(`SELECT setseed(0.42)`);
  await db.query(
    `INSERT INTO "Organisation" (id, uscc, name, "legalRepresentative", "registeredOn", "registeredAddress", "contactName", "contactPhone", "contactEmail", "ownerUserId", "divisionCode", binding)
     SELECT gen_random_uuid(), u.uscc, ${pick('place')} || ${pick('word')} || ${pick('trade')} || '有限公司' || (u.i % 89), '张三', '2019-01-01', '鞍山市', '李四', '0412-5550100', 'c@example.org', 'applicant-' || u.i, ($2::text[])[1 + u.i % array_length($2::text[], 1)], 'CONFIRMED'
     FROM unnest($1::text[]) WITH ORDINALITY AS u(uscc, i)`,
    [usccs, DIVISIONS],
  );
  await db.query(
    `INSERT INTO "Application" (id, "organisationId", "spaceName", "venueAddress", "divisionCode", figures, status, stage, "submittedOn", revision, "updatedAt")
     SELECT gen_random_uuid(), o.id, ${pick('place')} || ${pick('word')} || ${pick('kind')} || ${pick('suffix')} || (g % 97), '鞍山市', o."divisionCode", '{}'::jsonb,
            s.status, s.stage, CASE WHEN s.status = 'DRAFT' THEN NULL ELSE to_char(DATE '2021-01-01' + (random() * 2160)::int, 'YYYY-MM-DD') END, 1, now() - random() * interval '700 days'
     FROM generate_series(0, ${SCALE.applications - 1}) g
     JOIN (SELECT id, "divisionCode", row_number() OVER (ORDER BY uscc) - 1 AS n FROM "Organisation") o ON o.n = g % ${SCALE.organisations}
     CROSS JOIN LATERAL (SELECT CASE
         WHEN g < ${SCALE.spaces} THEN 'FILED' WHEN g < 35000 THEN 'IN_REVIEW' WHEN g < 40000 THEN 'RETURNED'
         WHEN g < 44000 THEN 'REJECTED' WHEN g < 47000 THEN 'WITHDRAWN' ELSE 'DRAFT' END AS status,
       CASE WHEN g >= ${SCALE.spaces} AND g < 44000 THEN (ARRAY['PRELIMINARY_REVIEW','RE_REVIEW','ON_SITE_INSPECTION','EXPERT_REVIEW','PUBLIC_NOTICE','DIRECTOR_MEETING'])[1 + g % 6] END AS stage) s`,
  );
  await db.query(
    `INSERT INTO "RegistryEntry" ("spaceId", "applicationId", "filingNumber", "spaceName", "organisationName", "divisionCode", "filedOn", status)
     SELECT gen_random_uuid(), a.id, '鞍科众备〔' || substr(a."submittedOn", 1, 4) || '〕' || lpad((row_number() OVER (ORDER BY a.id))::text, 5, '0'), a."spaceName", o.name, a."divisionCode", a."submittedOn", 'ACTIVE'
     FROM "Application" a JOIN "Organisation" o ON o.id = a."organisationId" WHERE a.status = 'FILED'`,
  );
  await db.query(
    `INSERT INTO "ReviewDeadline" ("taskId", "applicationId", stage, "dueOn")
     SELECT gen_random_uuid(), id, stage, to_char(CURRENT_DATE + (random() * 40 - 20)::int, 'YYYY-MM-DD') FROM "Application" WHERE status = 'IN_REVIEW'`,
  );
  await db.query(`ANALYZE`);
}

/** Chinese words of which the names are made, as SQL picking one at random. */
const WORDS: Record<string, string[]> = {
  place: ['鞍山', '铁东', '铁西', '立山', '千山', '台安', '岫岩', '海城', '高新', '鞍钢', '钢都', '玉佛', '汤岗子', '达道湾', '灵山'],
  word: ['科技', '创新', '青年', '智慧', '数字', '未来', '星火', '启航', '聚力', '汇智', '华夏', '新兴', '云海', '丝路'],
  trade: ['孵化', '信息', '材料', '装备', '文化', '教育', '投资', '咨询', '服务', '发展'],
  kind: ['创客', '众创', '孵化', '双创', '创业', '科创', '云谷', '智造', '工场', '梦工厂'],
  suffix: ['空间', '基地', '中心', '工坊', '社区', '园', '驿站', '港', '营地'],
};

function pick(list: keyof typeof WORDS): string {
  const words = WORDS[list];
  return `(ARRAY[${words.map((w) => `'${w}'`).join(',')}])[1 + floor(random() * ${words.length})::int]`;
}
