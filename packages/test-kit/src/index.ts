export { startPlatform, type TestPlatform, type GraphQLResult, type ServiceName } from './platform.js';
export { startTestCluster, freePort, databaseUrl, TEMPLATE_DATABASE, type TestCluster } from './cluster.js';
export { SERVICES, prepareDatabase } from '@tjxf/launcher';
import './provided-context.js';
