import { serviceMain } from '@tjxf/subgraph-kit';
import { officialsService } from './service.js';

await serviceMain(officialsService);
