export { startPlatform, type TestPlatform, type GraphQLResult, type ServiceName } from './platform.js';
export { startTestCluster, prepareDatabase, freePort, databaseUrl, TEMPLATE_DATABASE, type TestCluster } from './cluster.js';
export { SERVICES } from './services.js';
