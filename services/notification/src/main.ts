import 'reflect-metadata';
import { startService } from '@makerspace/http';
import { AppModule } from './app.module';
import { NOTIFICATION_SERVICE } from './service';

void startService(AppModule, NOTIFICATION_SERVICE);
