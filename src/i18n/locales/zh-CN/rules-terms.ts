import type { Messages } from '../../messages.js';
import type en from '../en/rules-terms.js';

export default {
} satisfies Messages<typeof en>;
