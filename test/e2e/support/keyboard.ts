import type { Page } from 'playwright-core';

export type Plan = Record<string, string | string[]>;

interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  text: string;
  /** Index of a radio among those with its name, in page order. */
  index: number;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const name = el?.getAttribute('name') ?? '';
    const radios = name ? [...document.querySelectorAll(`input[type="radio"][name="${name}"]`)] : [];
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      name,
      value: el?.value ?? '',
      checked: el?.checked ?? false,
      text: el?.textContent?.trim() ?? '',
      index: el ? radios.indexOf(el) : -1,
    };
  });

const radioValues = (page: Page, name: string): Promise<string[]> =>
  page.evaluate(
    (n) =>
      [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${n}"]`)].map(
        (r) => r.value,
      ),
    name,
  );

const DATE_PART = /^(.+)-(day|month|year)$/;

/**
 * What the plan says to type into the field with this name: its own answer, or for a date's day,
 * month or year box the part of the planned YYYY-MM-DD date (typed as a person would, "7" not "07").
 */
const plannedFor = (plan: Plan, name: string): { key: string; answer: string | string[] } | undefined => {
  if (plan[name] !== undefined) return { key: name, answer: plan[name] };
  const [, key = '', part = ''] = DATE_PART.exec(name) ?? [];
  const whole = plan[key];
  if (typeof whole !== 'string') return undefined;
  const [year, month, day] = whole.split('-');
  const parts: Record<string, string | undefined> = { year, month, day };
  return { key, answer: String(Number(parts[part])) };
};

/**
 * Fills a form the way a keyboard user does: Tab from the top of the page, type into text
 * fields, Space to tick checkboxes, arrow keys to choose radios. Only questions in the plan are
 * touched; follow-ups appear (with JavaScript) or are already there (without) as they would for a
 * person. Stops with focus on the button whose text is `stopAt`, without pressing it.
 */
export const fillByKeyboard = async (
  page: Page,
  plan: Plan,
  stopAt: string,
  maxTabs = 400,
): Promise<void> => {
  const done = new Set<string>();
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el.tag === 'button' && el.text === stopAt) {
      const missing = Object.keys(plan).filter((k) => !done.has(k));
      if (missing.length > 0) throw new Error(`Reached "${stopAt}" without answering: ${missing.join(', ')}`);
      return;
    }
    const planned = plannedFor(plan, el.name);
    if (planned === undefined) continue;
    const { answer } = planned;
    if (el.type === 'radio') {
      if (done.has(el.name)) continue;
      const target = (await radioValues(page, el.name)).indexOf(String(answer));
      if (target < 0) throw new Error(`No option ${answer} for ${el.name}`);
      if (target === el.index) await page.keyboard.press('Space');
      for (let step = el.index; step < target; step++) await page.keyboard.press('ArrowDown');
      for (let step = el.index; step > target; step--) await page.keyboard.press('ArrowUp');
      done.add(el.name);
    } else if (el.type === 'checkbox') {
      const wanted = (Array.isArray(answer) ? answer : [answer]).includes(el.value);
      if (wanted !== el.checked) await page.keyboard.press('Space');
      done.add(el.name);
    } else if (!done.has(el.name)) {
      await page.keyboard.type(String(answer));
      done.add(el.name);
      done.add(planned.key);
    }
  }
  throw new Error(`Did not reach "${stopAt}" within ${maxTabs} presses of Tab`);
};

/** Tabs forward until the focused element's text is `text`. */
export const tabTo = async (page: Page, text: string, maxTabs = 200): Promise<void> => {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === text) return;
  }
  throw new Error(`Could not reach "${text}" by keyboard`);
};
