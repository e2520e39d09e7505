import { serviceMigrationConfig } from '../../libs/database/src/migration-cli-config';

export default serviceMigrationConfig('review', __dirname);
