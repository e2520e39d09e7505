// @makerspace/identity: the identity provider as the system's processes use it beyond verifying
// tokens (libs/http): a service account's token, and the directory of people.
export * from './service-account';
export * from './directory/directory';
export * from './directory/desks';
export * from './directory/directory-settings';
export * from './directory/keycloak-directory';
