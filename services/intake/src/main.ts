import 'reflect-metadata';
import { startService } from '@makerspace/http';
import { AppModule } from './app.module';
import { INTAKE_SERVICE } from './service';

void startService(AppModule, INTAKE_SERVICE);
