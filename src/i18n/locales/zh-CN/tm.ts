import type { Messages } from '../../messages.js';
import type en from '../en/tm.js';

export default {
} satisfies Messages<typeof en>;
