// Requests the system makes of Keycloak, made once while the class-data archive is recorded
// (start.sh), so the classes they load are in it: the realm's keys and discovery, the console's
// sign-in page, a service account's token, and the admin API's user search.
// Usage: node warm-up.js KEYCLOAK_URL
const [base] = process.argv.slice(2);
const realm = `${base}/realms/${process.env.KEYCLOAK_REALM ?? 'makerspace'}`;

async function token(url, id, secret) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`token for ${id}: ${res.status}`);
  return (await res.json()).access_token;
}

(async () => {
  for (const path of ['/.well-known/openid-configuration', '/protocol/openid-connect/certs']) await (await fetch(realm + path)).text();
  const consoleUrl = `http://127.0.0.1:${process.env.CONSOLE_PORT ?? 3080}/`;
  const signIn = new URLSearchParams({
    client_id: 'makerspace-console',
    redirect_uri: consoleUrl,
    response_type: 'code',
    scope: 'openid',
    code_challenge: 'x'.repeat(43),
    code_challenge_method: 'S256',
  });
  await (await fetch(`${realm}/protocol/openid-connect/auth?${signIn}`)).text();
  await token(
    `${realm}/protocol/openid-connect/token`,
    process.env.AUTH_CLIENT_ID ?? 'workflows-worker',
    process.env.AUTH_CLIENT_SECRET ?? 'workflows-worker-local',
  );
  const admin = await token(
    `${base}/realms/master/protocol/openid-connect/token`,
    process.env.KEYCLOAK_ADMIN_CLIENT_ID,
    process.env.KEYCLOAK_ADMIN_CLIENT_SECRET,
  );
  await (
    await fetch(`${base}/admin/realms/${process.env.KEYCLOAK_REALM ?? 'makerspace'}/users?max=5`, { headers: { authorization: `Bearer ${admin}` } })
  ).text();
  console.log('keycloak warm-up done');
})().catch((e) => {
  console.error(`keycloak warm-up: ${e.message}`);
  process.exit(1);
});
