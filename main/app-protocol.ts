// Owns answering the app's own scheme (atlas://app/...): built renderer files only, with their content type and the CSP header.
import { mimeTypeFor, resolveStaticAsset } from './static-assets';
import { APP_HOST, CONTENT_SECURITY_POLICY_HEADER } from './web-security';

/** Reads one built file as a Response; main uses Electron's net.fetch on a file URL, tests read the disk. */
export type FetchFile = (file: string) => Promise<Response>;

/** The handler `protocol.handle` runs for every request of the app scheme; kept apart from Electron to be tested. */
export function createAppProtocolHandler(
  rendererRoot: string,
  fetchFile: FetchFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405 });
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticAsset(rendererRoot, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    let response: Response;
    try {
      response = await fetchFile(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(request.method === 'HEAD' ? null : response.body, {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(file),
        'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
