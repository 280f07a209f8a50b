export { startGateway, OPERATION_LIMITS, SUPERGRAPH_FILE, API_SCHEMA_FILE, type RunningGateway } from './server.js';
export { gatewayConfigSchema, type GatewayConfig } from './config.js';
export { SUBGRAPHS, type SubgraphName } from './subgraphs.js';
export { SESSION_COOKIE } from './session.js';
export { COOKIE_SESSION_HEADER } from './session-plugin.js';
export { PORTALS } from './portals.js';
