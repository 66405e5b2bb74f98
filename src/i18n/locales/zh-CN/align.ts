import type { Messages } from '../../messages.js';
import type en from '../en/align.js';

export default {
} satisfies Messages<typeof en>;
