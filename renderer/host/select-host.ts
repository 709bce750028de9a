// Owns choosing the Host: the preload bridge when running in Electron, the web host otherwise.
import { createElectronHost, findHostBridge } from './electron-host';
import type { Host } from './host';
import { createWebHost } from './web-host';

export function selectHost(): Host {
  const bridge = findHostBridge();
  return bridge ? createElectronHost(bridge) : createWebHost();
}
