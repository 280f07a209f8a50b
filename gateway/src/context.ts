import type { Viewer } from '@tjxf/tokens';

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
}
