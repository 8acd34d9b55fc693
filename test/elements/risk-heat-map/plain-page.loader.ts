/**
 * What the CDN loader does on a page that holds <msp-risk-heat-map>, from the sources: nothing is
 * imported until the tag is found, then the element and the shared code are loaded side by side.
 */
import { autoload } from '../../../src/cdn/autoload.js';

autoload(
  { 'msp-risk-heat-map': () => import('../../../src/elements/risk-heat-map/risk-heat-map.js') },
  () => import('../../../src/cdn/shared.js'),
);
