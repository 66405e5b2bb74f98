import type { Messages } from '../../messages.js';
import type en from '../en/rules.js';

export default {
} satisfies Messages<typeof en>;
