// Loads the demo page in headless Chromium over the DevTools protocol, waits for the Java main
// method to finish, and checks: status "done", "identical: true", timings shown, no console
// errors or uncaught exceptions; then clicks the Java/Wasm and plain JS buttons and checks
// again, and drops a generated image on the pictures (it becomes the source). Writes a screenshot.
//   node check-page.mjs <url> <screenshot.png> [chromium binary]
// Needs Node >= 22 (global WebSocket). Exit status 0 when every check passes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, screenshot, binary = '/usr/bin/chromium'] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'cortado-chromium-'));
const chrome = spawn(binary, ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--window-size=1200,900', 'about:blank'],
{ stdio: ['ignore', 'ignore', 'pipe'] });

const wsUrl = await new Promise((resolve, reject) => {
  let text = '';
  chrome.stderr.on('data', (d) => {
    text += d;
    const m = /DevTools listening on (ws:\S+)/.exec(text);
    if (m) resolve(m[1]);
  });
  chrome.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${text}`)));
});

const ws = new WebSocket(wsUrl);
await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
let nextId = 1;
const pending = new Map();
const problems = [];
ws.addEventListener('message', (ev) => {
  const msg = JSON.parse(ev.data);
  if (msg.id && pending.has(msg.id)) {
    const { resolve, reject } = pending.get(msg.id);
    pending.delete(msg.id);
    msg.error ? reject(new Error(JSON.stringify(msg.error))) : resolve(msg.result);
  } else if (msg.method === 'Runtime.consoleAPICalled') {
    const text = msg.params.args.map((a) => a.value ?? a.description).join(' ');
    console.log(`console.${msg.params.type}: ${text}`);
    if (msg.params.type === 'error' || msg.params.type === 'warning') problems.push(`console.${msg.params.type}: ${text}`);
  } else if (msg.method === 'Runtime.exceptionThrown') {
    problems.push(`uncaught: ${msg.params.exceptionDetails.exception?.description ?? msg.params.exceptionDetails.text}`);
  } else if (msg.method === 'Log.entryAdded' && msg.params.entry.level === 'error') {
    problems.push(`log: ${msg.params.entry.text} ${msg.params.entry.url ?? ''}`);
  }
});
const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
  const id = nextId++;
  pending.set(id, { resolve, reject });
  ws.send(JSON.stringify({ id, method, params, sessionId }));
});

let status = 1;
try {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const s = (method, params) => send(method, params, sessionId);
  await s('Runtime.enable');
  await s('Log.enable');
  await s('Page.enable');
  await s('Page.navigate', { url });
  const read = async (expr) => (await s('Runtime.evaluate', { expression: expr, returnByValue: true })).result.value;
  const settle = async () => {
    let text = '';
    const deadline = Date.now() + 120000;
    while (Date.now() < deadline) {
      text = await read("document.getElementById('status') ? document.getElementById('status').textContent : ''");
      if (text === 'done' || text.startsWith('error') || text.startsWith('Java main')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    return text;
  };
  await settle();
  // The buttons call main again: Java alone, then JS alone; each compares with the other canvas.
  for (const id of ['run-java', 'run-js']) {
    await read(`document.getElementById('${id}').click()`);
    const text = await settle();
    const verdict = await read("document.getElementById('identical').textContent");
    console.log(`${id}: ${text}, ${verdict}`);
    if (text !== 'done' || verdict !== 'identical: true') problems.push(`${id}: ${text}, ${verdict}`);
  }
  // Drag-and-drop: a generated 300x200 PNG dropped on the pictures becomes the source image.
  await s('Runtime.evaluate', { awaitPromise: true, expression: `(async () => {
    const c = new OffscreenCanvas(300, 200);
    const g = c.getContext('2d');
    g.fillStyle = '#3a7'; g.fillRect(0, 0, 300, 200); g.fillStyle = '#e52'; g.fillRect(40, 30, 120, 90);
    const file = new File([await c.convertToBlob({ type: 'image/png' })], 'dropped.png', { type: 'image/png' });
    const dt = new DataTransfer();
    dt.items.add(file);
    document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  })()` });
  await new Promise((r) => setTimeout(r, 500));
  const dropped = await settle();
  const droppedSize = await read("document.getElementById('size').textContent");
  const droppedVerdict = await read("document.getElementById('identical').textContent");
  console.log(`drop: ${dropped}, ${droppedSize}, ${droppedVerdict}`);
  if (dropped !== 'done' || !droppedSize.startsWith('dropped.png, 300 × 200') || droppedVerdict !== 'identical: true') {
    problems.push(`drop: ${dropped}, ${droppedSize}, ${droppedVerdict}`);
  }
  const fields = await read("JSON.stringify(Object.fromEntries(['status','features','size','java-time','js-time','identical']"
    + ".map((id) => [id, document.getElementById(id).textContent])))");
  console.log(fields);
  await new Promise((r) => setTimeout(r, 300));
  const shot = await s('Page.captureScreenshot', { format: 'png' });
  writeFileSync(screenshot, Buffer.from(shot.data, 'base64'));
  const f = JSON.parse(fields);
  if (f.status !== 'done') problems.push(`status: ${f.status}`);
  if (f.identical !== 'identical: true') problems.push(`outputs: ${f.identical}`);
  if (!/kernel \d/.test(f['java-time']) || !/kernel \d/.test(f['js-time'])) problems.push('timings missing');
  console.log(problems.length ? `FAILED:\n  ${problems.join('\n  ')}` : `OK (screenshot ${screenshot})`);
  status = problems.length ? 1 : 0;
} finally {
  ws.close();
  chrome.kill();
  await new Promise((r) => setTimeout(r, 300));
  rmSync(profile, { recursive: true, force: true });
}
process.exit(status);
