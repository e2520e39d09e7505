// Tests run against the local stack's test databases, never the ones `npm start` uses.
process.env.DATABASE_NAME_SUFFIX ??= '_test';
