import { serviceMain } from '@tjxf/subgraph-kit';
import { statsService } from './service.js';

await serviceMain(statsService);
