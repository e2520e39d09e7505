import { servicePrismaConfig } from '../../libs/database/src/prisma-cli-config';

export default servicePrismaConfig(__dirname);
