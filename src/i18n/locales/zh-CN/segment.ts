import type { Messages } from '../../messages.js';
import type en from '../en/segment.js';

export default {
} satisfies Messages<typeof en>;
