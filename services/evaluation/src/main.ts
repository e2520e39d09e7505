import 'reflect-metadata';
import { startService } from '@makerspace/http';
import { AppModule } from './app.module';
import { EVALUATION_SERVICE } from './service';

void startService(AppModule, EVALUATION_SERVICE);
