/// <reference types="vite/client" />

declare module 'virtual:tianjin-districts' {
  /** Tianjin's 16 districts (build/tianjin-districts.ts). */
  const districts: {
    type: 'FeatureCollection';
    features: {
      type: 'Feature';
      properties: { name: string; code: string; cp?: [number, number] };
      geometry: { type: string; coordinates: unknown };
    }[];
  };
  export default districts;
}
