// Readiness of the local Keycloak: exits 0 once the realm's discovery document names the expected
// issuer (the server is up and the realm imported), 1 when the server's process has exited or
// after the timeout. Usage: node ready.js ISSUER PID_FILE [SECONDS]
const fs = require('node:fs');

const [issuer, pidFile, seconds = '180'] = process.argv.slice(2);
const deadline = Date.now() + Number(seconds) * 1000;

function alive() {
  try {
    process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

async function answers() {
  try {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(2000) });
    return res.ok && (await res.json()).issuer === issuer;
  } catch {
    return false;
  }
}

(async () => {
  while (Date.now() < deadline) {
    if (await answers()) process.exit(0);
    if (!alive()) {
      console.error(`keycloak exited before ${issuer} answered`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error(`${issuer} did not answer within ${seconds}s`);
  process.exit(1);
})();
