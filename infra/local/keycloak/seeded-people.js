// Prints the seeded people of the realm's users file, for `npm start`: username, role, and what the
// role applies to. Usage: node seeded-people.js makerspace-users-0.json
const fs = require('node:fs');

const [file] = process.argv.slice(2);
const { users } = JSON.parse(fs.readFileSync(file, 'utf8'));
const ROLE_OF_GROUP = {
  '/city-officers': 'city officer',
  '/district-officers': 'district officer',
  '/experts': 'expert',
  '/meeting-secretaries': "director's meeting secretary",
  '/schedulers': 'scheduler',
};
for (const user of users) {
  const role = (user.groups ?? []).map((g) => ROLE_OF_GROUP[g]).find(Boolean) ?? 'applicant (registers its organisation; bound once its district checks it)';
  const attributes = user.attributes ?? {};
  const scope = attributes.division
    ? `division ${attributes.division}`
    : attributes.expertField
      ? `${attributes.expertField}, ${attributes.expertOrganisation}`
      : '';
  console.log(`  ${user.username.padEnd(18)} ${role}${scope ? ` (${scope})` : ''}`);
}
