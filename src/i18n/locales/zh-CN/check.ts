import type { Messages } from '../../messages.js';
import type en from '../en/check.js';

export default {
} satisfies Messages<typeof en>;
