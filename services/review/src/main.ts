import 'reflect-metadata';
import { startService } from '@makerspace/http';
import { AppModule } from './app.module';
import { REVIEW_SERVICE } from './service';

void startService(AppModule, REVIEW_SERVICE);
