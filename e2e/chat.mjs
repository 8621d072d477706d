// End-to-end check of `symqa serve` with real OpenAI clients: the official `openai` package (chat plain and
// streaming, max_tokens, legacy completions, models.list and models.retrieve) and, when installed, LangChain.js
// (@langchain/openai). It starts nothing: the server runs at SYMQA_URL
// (default http://127.0.0.1:8080). The expected answer is the `answer` field that `symqa answer --json` prints
// (the jar at SYMQA_JAR, default ../target/symqa.jar).
//
//   node chat.mjs [PROMPT_FILE ...]      (default: ../testdata/prompts/postprocessing-partial.txt)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';

const here = dirname(fileURLToPath(import.meta.url));
const baseURL = (process.env.SYMQA_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '') + '/v1';
const apiKey = process.env.SYMQA_API_KEY ?? 'not-needed';
const jar = process.env.SYMQA_JAR ?? resolve(here, '../target/symqa.jar');
const files = process.argv.length > 2 ? process.argv.slice(2)
  : [resolve(here, '../testdata/prompts/postprocessing-partial.txt')];

let passed = 0;
let failed = 0;
function check(name, actual, expected) {
  if (actual === expected) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
  }
}

/** The text up to the end of its n-th whitespace-separated word, and whether words were left out (max_tokens). */
function firstWords(text, n) {
  const re = /\S+/g;
  let m;
  let k = 0;
  while ((m = re.exec(text))) {
    if (++k === n) {
      const end = m.index + m[0].length;
      return { text: text.slice(0, end), cut: /\S/.test(text.slice(end)) };
    }
  }
  return { text, cut: false };
}

const client = new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout: 30_000 });

for (const file of files) {
  const prompt = readFileSync(file, 'utf8');
  const expected = JSON.parse(execFileSync('java', ['-jar', jar, 'answer', '--json', file], { encoding: 'utf8' })).answer;
  const messages = [{ role: 'user', content: prompt }];

  const completion = await client.chat.completions.create({ model: 'symqa', messages });
  check(`openai chat.completions ${file}`, completion.choices[0].message.content, expected);
  check('openai finish_reason', completion.choices[0].finish_reason, 'stop');
  check('openai model echoed', completion.model, 'symqa');

  const stream = await client.chat.completions.create({ model: 'symqa', messages, stream: true });
  let streamed = '';
  let finish = null;
  for await (const chunk of stream) {
    streamed += chunk.choices[0]?.delta?.content ?? '';
    finish = chunk.choices[0]?.finish_reason ?? finish;
  }
  check(`openai streaming ${file}`, streamed, expected);
  check('openai streaming finish_reason', finish, 'stop');

  const capped = await client.chat.completions.create({ model: 'symqa', messages, max_tokens: 4 });
  const cut = firstWords(expected, 4);
  check('openai max_tokens: 4 words', capped.choices[0].message.content, cut.text);
  check('openai max_tokens finish_reason', capped.choices[0].finish_reason, cut.cut ? 'length' : 'stop');

  const completion2 = await client.completions.create({ model: 'symqa', prompt });
  check(`openai completions.create ${file}`, completion2.choices[0].text, expected);
  check('openai completions finish_reason', completion2.choices[0].finish_reason, 'stop');
  check('openai completions object', completion2.object, 'text_completion');

  let langchain;
  try {
    langchain = await import('@langchain/openai');
  } catch {
    console.log('skip LangChain.js: @langchain/openai not installed');
  }
  if (langchain) {
    const llm = new langchain.ChatOpenAI({ model: 'symqa', apiKey, configuration: { baseURL }, maxRetries: 0 });
    const msg = await llm.invoke(prompt);
    check(`langchain ChatOpenAI.invoke ${file}`, msg.content, expected);
    let text = '';
    for await (const piece of await llm.stream(prompt)) {
      text += piece.content;
    }
    check(`langchain ChatOpenAI.stream ${file}`, text, expected);
  }
}

const models = await client.models.list();
check('openai models.list', models.data.map((m) => m.id).join(','), 'symqa');
const model = await client.models.retrieve('symqa');
check('openai models.retrieve', `${model.id} ${model.object}`, 'symqa model');
try {
  await client.models.retrieve('gpt-4o');
  check('openai models.retrieve of another model fails', 'no error', 'NotFoundError');
} catch (e) {
  check('openai models.retrieve of another model fails', e.constructor.name, 'NotFoundError');
}

const hello = await client.chat.completions.create({ model: 'symqa', messages: [{ role: 'user', content: 'hello' }] });
check('openai plain message gets an answer', hello.choices[0].finish_reason, 'stop');

console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
