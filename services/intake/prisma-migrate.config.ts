import { serviceMigrationConfig } from '../../libs/database/src/migration-cli-config';

export default serviceMigrationConfig('intake', __dirname);
