// Browser check of `symqa serve --cors-origin`: serves e2e/cors.html from http://127.0.0.1:PAGE_PORT (an allowed
// origin) and from http://127.0.0.2:PAGE_PORT (not allowed), loads each in headless Chromium, and checks that the
// page's fetch (with a CORS preflight) gets the answer from the allowed origin and is blocked from the other.
//
//   SYMQA_URL=http://127.0.0.1:PORT SYMQA_CORS_PAGE_PORT=N SYMQA_API_KEY=KEY SYMQA_JAR=... node cors.mjs
// The server must run with --cors-origin http://127.0.0.1:N. Exits 0 (passed), 1 (failed) or 3 (no Chromium).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const server = (process.env.SYMQA_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const pagePort = Number(process.env.SYMQA_CORS_PAGE_PORT ?? 18090);
const key = process.env.SYMQA_API_KEY ?? 'not-needed';
const jar = process.env.SYMQA_JAR ?? resolve(here, '../target/symqa.jar');
const browser = ['chromium', 'chromium-browser'].find((b) => spawnSync('which', [b]).status === 0);
if (!browser) {
  console.log('skip CORS browser check: chromium not installed (apt-get install chromium)');
  process.exit(3);
}

const prompt = 'What hardware was used to train the model?\n\nAll networks were trained on one NVIDIA RTX 3090 GPU.';
const work = mkdtempSync(join(tmpdir(), 'symqa-cors-'));
writeFileSync(join(work, 'prompt.txt'), prompt);
const expected = JSON.parse(execFileSync('java', ['-jar', jar, 'answer', '--json', join(work, 'prompt.txt')],
  { encoding: 'utf8' })).answer;

const page = readFileSync(join(here, 'cors.html'));
const pages = await Promise.all(['127.0.0.1', '127.0.0.2'].map((host) => new Promise((ok) => {
  const s = createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }); res.end(page); });
  s.listen(pagePort, host, () => ok(s));
})));

/** Loads the page from an origin in headless Chromium (asynchronously: the page servers run in this process). */
function load(origin) {
  const url = `${origin}/cors.html?` + new URLSearchParams({ server, key, prompt });
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${join(work, 'profile-' + origin.replace(/\W/g, '_'))}`, '--virtual-time-budget=15000',
    '--dump-dom', url];
  return new Promise((ok) => {
    execFile(browser, args, { encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      const m = /<pre id="result">([\s\S]*?)<\/pre>/.exec(stdout ?? '');
      ok(m ? m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
        : `no result (${err ? err.message : 'exit 0'}): ${(stderr ?? '').slice(0, 300)}`);
    });
  });
}

let failed = 0;
function check(name, ok, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `\n  ${detail}`}`);
  failed += ok ? 0 : 1;
}
const allowed = await load(`http://127.0.0.1:${pagePort}`);
check(`browser fetch through CORS from http://127.0.0.1:${pagePort}`, allowed === `OK ${expected}`, allowed);
const refused = await load(`http://127.0.0.2:${pagePort}`);
check(`browser fetch from http://127.0.0.2:${pagePort} (not allowed) is blocked`, refused.startsWith('BLOCKED'), refused);
pages.forEach((s) => s.close());
rmSync(work, { recursive: true, force: true });
console.log(`cors: ${2 - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
