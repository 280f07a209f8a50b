import { serviceMain } from '@tjxf/subgraph-kit';
import { petitionsService } from './service.js';

await serviceMain(petitionsService);
