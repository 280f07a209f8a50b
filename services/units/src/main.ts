import { serviceMain } from '@tjxf/subgraph-kit';
import { unitsService } from './service.js';

await serviceMain(unitsService);
