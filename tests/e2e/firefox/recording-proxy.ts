/**
 * A proxy that records and refuses: Firefox is pointed at it for HTTP and HTTPS, so every request
 * any of its processes makes (a tab, a content script, the add-on's background page) arrives here
 * as a line — `GET http://host/path` or `CONNECT host:443` (HTTPS shows only its host) — and gets
 * 502 or a closed socket. Nothing leaves the machine.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  host: string;
  line: string;
}

/** Hosts of Firefox's own services (remote settings, push, telemetry), not of a page or add-on. */
export const FIREFOX_OWN_HOSTS = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;

export async function startRecordingProxy() {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    let host = req.headers.host ?? '';
    try {
      host = new URL(url).host;
    } catch {
      /* origin-form: keep the Host header */
    }
    requests.push({ host, line: `${req.method} ${url}` });
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    requests.push({ host: req.url ?? '', line: `CONNECT ${req.url}` });
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    /** Firefox preferences that send all HTTP and HTTPS through this proxy. */
    firefoxPrefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
