// Vitest global setup: unpack the npm-shipped Chromium once, before any test file starts. On a
// fresh machine @sparticuz/chromium extracts its binary to /tmp on first use, and the e2e files run
// in parallel processes: one would launch the binary while another was still writing it (spawn
// ETXTBSY). Unpacked here first, every later call finds the finished file.
import chromium from '@sparticuz/chromium';

export default async function unpackChromium(): Promise<void> {
  await chromium.executablePath();
}
