import type { Messages } from '../../messages.js';
import type en from '../en/report.js';

export default {
} satisfies Messages<typeof en>;
