/**
 * Messages for numbers typed into the demos' and simulators' fields (src/lib/number-input.ts), part
 * of the catalogue (src/i18n/messages.ts). Templates with {placeholders}, so a widget's messages can
 * travel to the browser as JSON (data-messages) and only the page's language does.
 *
 * `lang` is the BCP 47 tag numbers are formatted with (Intl): "1,024" in both editions.
 */
import type { Locale } from '../client';

export interface NumberInputMessages {
  lang: string;
  /** {label}: the field's name. */
  empty: string;
  notNumber: string;
  /** {example}: a typical value with its unit. */
  notNumberExample: string;
  tooLarge: string;
  notFinite: string;
  negative: string;
  /** {min}, {max}: a bound with its unit. */
  moreThan: string;
  atLeast: string;
  atMost: string;
  notWhole: string;
  /** A field's label with its unit: "{label} ({unit})". */
  labelWithUnit: string;
}

export const NUMBER_INPUT_EN: NumberInputMessages = {
  lang: 'en-US',
  empty: '{label} is empty: enter a number.',
  notNumber: '{label} must be a number.',
  notNumberExample: '{label} must be a number, such as {example}.',
  tooLarge: '{label} is too large.',
  notFinite: '{label} must be a finite number.',
  negative: '{label} cannot be negative.',
  moreThan: '{label} must be more than {min}.',
  atLeast: '{label} must be at least {min}.',
  atMost: '{label} must be at most {max}.',
  notWhole: '{label} must be a whole number.',
  labelWithUnit: '{label} ({unit})',
};

export const NUMBER_INPUT_ZH: NumberInputMessages = {
  lang: 'zh-CN',
  empty: '“{label}”为空：请输入一个数。',
  notNumber: '“{label}”必须是一个数。',
  notNumberExample: '“{label}”必须是一个数，例如 {example}。',
  tooLarge: '“{label}”太大了。',
  notFinite: '“{label}”必须是有限的数。',
  negative: '“{label}”不能是负数。',
  moreThan: '“{label}”必须大于 {min}。',
  atLeast: '“{label}”不能小于 {min}。',
  atMost: '“{label}”不能大于 {max}。',
  notWhole: '“{label}”必须是整数。',
  labelWithUnit: '{label}（{unit}）',
};

export const NUMBER_INPUT_MESSAGES: Record<Locale, NumberInputMessages> = { en: NUMBER_INPUT_EN, 'zh-cn': NUMBER_INPUT_ZH };
