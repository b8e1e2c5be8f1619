// The three forms the resilience tests drive, through the page as a person
// would (clicks and typing into the elements' shadow DOM), and one reader of
// what a form shows: every question's answer by its element id, and each goal
// of a goal plan. What the form shows is what the person would see resumed.

/** A form of the demo: its page, its element, and when it is ready to be used. */
export const forms = [
  { name: 'barthel', title: 'Barthel (<ot-assessment>)', path: '/assessment.html', tag: 'ot-assessment', ready: '#question-bowels' },
  { name: 'goal-plan', title: 'goal plan (<ot-goal-plan>)', path: '/goals.html', tag: 'ot-goal-plan', ready: '#goals' },
  // The episode's first task (referral): dates, choices, text and a number, its own fields rather than a nested form's.
  { name: 'episode', title: 'episode (<ot-episode>)', path: '/index.html', tag: 'ot-episode', ready: '#field-request-date', enter: '#task-referral' },
];

/**
 * Runs in the page: what the form shows, as `{ [element id]: answer }`. Choices are the checked values joined
 * with commas; text, dates and numbers the field's text; each goal of a plan is present as `goal`.
 * `null` while the form is not there or still loading.
 */
function shownAnswers(tag) {
  const root = document.querySelector(tag)?.shadowRoot;
  if (!root) return null;
  const answers = {};
  let rendered = true;
  const visit = (node) => {
    for (const element of node.querySelectorAll('*')) {
      const name = element.localName;
      if (element.id && (name === 'ot-choice-question' || name === 'ot-checkboxes-question')) {
        const inputs = element.shadowRoot?.querySelectorAll('input');
        if (!inputs?.length) rendered = false;
        else answers[element.id] = [...inputs].filter((input) => input.checked).map((input) => input.value).join(',');
      } else if (element.id && name === 'ot-input-question') {
        const field = element.shadowRoot?.querySelector('input, textarea');
        if (!field) rendered = false;
        else answers[element.id] = field.value;
      } else if (element.id && name === 'fieldset' && element.classList.contains('goal')) {
        answers[element.id] = 'goal';
      } else if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return rendered ? answers : null;
}

/** What the form shows this instant, without waiting (`null` while it is not rendered). */
export const shownNow = (page, form) => page.evaluate(shownAnswers, form.tag);

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Waits for the form to be ready and its answers to hold still (two reads 100 ms apart agree), then returns them.
 * The episode opens on its task list after a fresh start: its referral task is opened first.
 */
export async function readForm(page, form, { timeout = 15_000 } = {}) {
  const element = page.locator(form.tag);
  const until = Date.now() + timeout;
  await element.locator(`${form.ready}${form.enter ? `, ${form.enter}` : ''}`).first().waitFor({ timeout });
  if (form.enter && (await element.locator(form.ready).count()) === 0) {
    await element.locator(form.enter).click();
    await element.locator(form.ready).waitFor({ timeout: Math.max(1000, until - Date.now()) });
  }
  let previous = null;
  while (Date.now() < until) {
    const now = await page.evaluate(shownAnswers, form.tag);
    if (now && same(now, previous)) return now;
    previous = now;
    await sleep(100);
  }
  throw new Error(`${form.name}: the form did not settle within ${timeout / 1000} s`);
}

const words = ['walk', 'to', 'the', 'shop', 'make', 'tea', 'garden', 'bus', 'stairs', 'bath', 'church', 'market', 'friends', 'cook', 'lunch', 'alone', 'daily', 'safely'];

/** A short text of the person's kind, never the one already there. */
function newText(random, current) {
  for (;;) {
    const text = Array.from({ length: random.int(1, 4) }, () => random.pick(words)).join(' ');
    if (text !== current) return text;
  }
}

const isoDay = (random) => `2026-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;

/**
 * What can be answered now: each question shown, how to change its answer, and (in a goal plan with room)
 * adding a goal. Runs in the page; returns plain data.
 */
function answerable(tag) {
  const root = document.querySelector(tag).shadowRoot;
  const found = [];
  const visit = (node) => {
    for (const element of node.querySelectorAll('*')) {
      const name = element.localName;
      // Only what a person can reach now: not a field in a closed <details>, nor a disabled one.
      if (element.id && name.startsWith('ot-') && name.endsWith('-question') && !element.checkVisibility()) continue;
      if (element.id && (name === 'ot-choice-question' || name === 'ot-checkboxes-question')) {
        const inputs = [...element.shadowRoot.querySelectorAll('input')].filter((input) => !input.disabled);
        if (inputs.length) found.push({ id: element.id, kind: 'choice', options: inputs.map((input) => input.value) });
      } else if (element.id && name === 'ot-input-question') {
        const field = element.shadowRoot.querySelector('input, textarea');
        if (!field || field.disabled) continue;
        const kind = field.type === 'date' ? 'date' : field.classList.contains('number') ? 'number' : 'text';
        found.push({ id: element.id, kind });
      } else if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  const add = root.querySelector('#add-goal');
  if (add && !add.disabled) found.push({ id: 'add-goal', kind: 'add-goal' });
  return found;
}

/**
 * Gives one answer through the page, to a question not yet answered in this point (`used`).
 * Returns the element id it changed and the answer it should now show, or null when nothing is left to answer.
 */
export async function giveAnswer(page, form, random, shown, used) {
  const candidates = (await page.evaluate(answerable, form.tag)).filter((q) => !used.has(q.id));
  if (!candidates.length) return null;
  const question = random.pick(candidates);
  used.add(question.id);
  const element = page.locator(form.tag);
  const current = shown[question.id] ?? '';
  if (question.kind === 'add-goal') {
    const before = new Set(Object.keys(await page.evaluate(shownAnswers, form.tag)));
    await element.locator('#add-goal').click();
    for (let tries = 0; tries < 50; tries++) {
      const after = (await page.evaluate(shownAnswers, form.tag)) ?? {};
      const added = Object.keys(after).find((id) => after[id] === 'goal' && !before.has(id));
      if (added) return { id: added, answer: 'goal' };
      await sleep(20);
    }
    throw new Error(`${form.name}: "Add a goal" added no goal`);
  }
  const field = element.locator(`#${question.id}`);
  if (question.kind === 'choice') {
    const choice = random.pick(question.options.filter((value) => value !== current).concat(question.options.length === 1 ? question.options : []));
    // By keyboard or by mouse, as people do: Space on a focused radio chooses it.
    const option = field.locator(`input[value="${choice}"]`);
    if (random.next() < 0.3) {
      await option.focus();
      await page.keyboard.press('Space');
    } else {
      await option.click();
    }
    return { id: question.id, answer: choice };
  }
  const control = field.locator('input, textarea');
  if (question.kind === 'date') {
    let day = isoDay(random);
    while (day === current) day = isoDay(random);
    await control.fill(day);
    return { id: question.id, answer: day };
  }
  const number = () => String(random.int(1, 40) + (random.next() < 0.5 ? 0.5 : 0));
  let text = question.kind === 'number' ? number() : newText(random, current);
  while (text === current) text = number();
  // Over what was there: typed key by key (each key an answer the form saves), or pasted in one go.
  await control.click();
  await page.keyboard.press('ControlOrMeta+A');
  if (random.next() < 0.4) await page.keyboard.type(text);
  else await page.keyboard.insertText(text);
  return { id: question.id, answer: text };
}
