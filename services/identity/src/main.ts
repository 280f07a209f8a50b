import { serviceMain } from '@tjxf/subgraph-kit';
import { identityService } from './service.js';

await serviceMain(identityService);
